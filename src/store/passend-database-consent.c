/* passend-database-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-consent-rules.h"
#include "passend-database-private.h"
#include "passend-text.h"

/* The consent ledger (DOMAIN.md §6, §10.1). A consent and its givers are
 * one write together with the timeline entry that records them: the
 * dossier a parent may read shows when and by whom consent was given. */

#define CONSENT_COLUMNS \
  "c.id, c.student_id, c.purpose, c.party, c.organisation_id, c.form, c.given_on," \
  " c.valid_until, c.withdrawn_on, c.note"

static PassendConsent *
consent_from_row (PassendStatement *statement)
{
  PassendConsent *consent = passend_consent_new ();
  PassendConsentPurpose purpose = PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL;
  PassendConsentForm form = PASSEND_CONSENT_FORM_SIGNED_DOCUMENT;

  passend_consent_purpose_from_code (_passend_column_text (statement, 2), &purpose);
  passend_consent_form_from_code (_passend_column_text (statement, 5), &form);

  passend_consent_set_id (consent, sqlite3_column_int64 (statement, 0));
  passend_consent_set_student_id (consent, sqlite3_column_int64 (statement, 1));
  passend_consent_set_purpose (consent, purpose);
  passend_consent_set_party (consent, _passend_column_text (statement, 3));
  passend_consent_set_organisation_id (consent, sqlite3_column_int64 (statement, 4));
  passend_consent_set_form (consent, form);
  passend_consent_set_given_on (consent, _passend_column_day (statement, 6));
  passend_consent_set_valid_until (consent, _passend_column_day (statement, 7));
  passend_consent_set_withdrawn_on (consent, _passend_column_day (statement, 8));
  passend_consent_set_note (consent, _passend_column_text (statement, 9));

  return consent;
}

/* The student's birth date; NOT_FOUND when there is no such student. */
static gboolean
read_birth_date (PassendDatabase  *self,
                 gint64            student_id,
                 PassendDay       *birth,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT birth_date FROM student WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The student does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *birth = _passend_column_day (statement, 0);
  return TRUE;
}

/* Checks the guardians and appends how the timeline names them. */
static gboolean
check_guardians (PassendDatabase  *self,
                 PassendConsent   *consent,
                 GPtrArray        *dutch_givers,
                 guint            *n_with,
                 guint            *n_without,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  const gint64 *ids;
  guint n_ids;

  statement = _passend_database_prepare (self,
                                         "SELECT relation, voorletters, tussenvoegsel, achternaam, has_authority"
                                         " FROM guardian WHERE id = ?1 AND student_id = ?2",
                                         error);
  if (statement == NULL)
    return FALSE;

  ids = passend_consent_get_guardian_ids (consent, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *name = NULL;
      int rc;

      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, ids[i]);
      sqlite3_bind_int64 (statement, 2, passend_consent_get_student_id (consent));
      rc = sqlite3_step (statement);
      if (rc == SQLITE_DONE)
        return _passend_database_invalid (error, _("The guardian who gave consent is not one of the student’s guardians."));
      if (rc != SQLITE_ROW)
        return _passend_database_fail (self, rc, NULL, error);

      if (sqlite3_column_int (statement, 4) == 0)
        {
          (*n_without)++;
          continue;
        }
      (*n_with)++;

      name = _passend_is_blank (_passend_column_text (statement, 0))
             ? passend_text_join_name (_passend_column_text (statement, 1),
                                       _passend_column_text (statement, 2),
                                       _passend_column_text (statement, 3))
             : g_strdup (_passend_column_text (statement, 0));
      g_ptr_array_add (dutch_givers, g_strdup_printf ("%s (gezag)", name));
    }

  return TRUE;
}

/* Refuses what the rules refuse; sets the timeline title's givers. */
static gboolean
validate (PassendDatabase  *self,
          PassendConsent   *consent,
          char            **dutch_givers_text,
          GError          **error)
{
  g_autoptr(GPtrArray) givers = g_ptr_array_new_with_free_func (g_free);
  PassendConsentPurpose purpose = passend_consent_get_purpose (consent);
  PassendDay given = passend_consent_get_given_on (consent);
  PassendDay until = passend_consent_get_valid_until (consent);
  PassendDay withdrawn = passend_consent_get_withdrawn_on (consent);
  PassendDay birth = PASSEND_DAY_NONE;
  guint n_with = 0, n_without = 0;
  const char *refusal;

  if (passend_consent_get_id (consent) != 0)
    return _passend_database_invalid (error, _("This consent is stored already."));
  if (given == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Give the day the consent was given."));
  if (given > passend_day_today ())
    return _passend_database_invalid (error, _("Consent cannot be given on a day in the future."));
  if (until != PASSEND_DAY_NONE && until < given)
    return _passend_database_invalid (error, _("A consent cannot end before it was given."));
  if (withdrawn != PASSEND_DAY_NONE && (withdrawn < given || withdrawn > passend_day_today ()))
    return _passend_database_invalid (error, _("A consent cannot be withdrawn before it was given, or in the future."));
  if (passend_consent_purpose_needs_party (purpose) && _passend_is_blank (passend_consent_get_party (consent)))
    return _passend_database_invalid (error, _("Name the party the data are requested from or shared with."));

  if (!read_birth_date (self, passend_consent_get_student_id (consent), &birth, error) ||
      !check_guardians (self, consent, givers, &n_with, &n_without, error))
    return FALSE;

  refusal = passend_consent_rules_check_givers (birth, given, n_with, n_without,
                                                passend_consent_get_by_student (consent));
  if (refusal != NULL)
    return _passend_database_invalid (error, refusal);

  if (passend_consent_get_by_student (consent))
    g_ptr_array_add (givers, g_strdup ("de leerling"));
  g_ptr_array_add (givers, NULL);
  *dutch_givers_text = g_strjoinv (" en ", (char **) givers->pdata);
  return TRUE;
}

static gboolean
insert_consent (PassendDatabase  *self,
                PassendConsent   *consent,
                gint64            entry_id,
                gint64           *id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 now = _passend_database_now ();

  statement = _passend_database_prepare (self,
                                         "INSERT INTO consent (student_id, purpose, party, organisation_id, form,"
                                         " given_on, valid_until, withdrawn_on, note, entry_id, created_at, updated_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?11, ?8, ?9, ?10, ?10)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_consent_get_student_id (consent));
  _passend_bind_text (statement, 2, passend_consent_purpose_to_code (passend_consent_get_purpose (consent)));
  _passend_bind_text (statement, 3, passend_consent_get_party (consent));
  _passend_bind_id (statement, 4, passend_consent_get_organisation_id (consent));
  _passend_bind_text (statement, 5, passend_consent_form_to_code (passend_consent_get_form (consent)));
  _passend_bind_day (statement, 6, passend_consent_get_given_on (consent));
  _passend_bind_day (statement, 7, passend_consent_get_valid_until (consent));
  _passend_bind_text (statement, 8, passend_consent_get_note (consent));
  _passend_bind_id (statement, 9, entry_id);
  sqlite3_bind_int64 (statement, 10, now);
  _passend_bind_day (statement, 11, passend_consent_get_withdrawn_on (consent));
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&statement, passend_statement_reset);

  statement = _passend_database_prepare (self,
                                         "INSERT INTO consent_giver (consent_id, guardian_id, by_student)"
                                         " VALUES (?1, ?2, ?3)",
                                         error);
  if (statement == NULL)
    return FALSE;

  ids = passend_consent_get_guardian_ids (consent, &n_ids);
  for (guint i = 0; i <= n_ids; i++)
    {
      gboolean student = i == n_ids;

      if (student && !passend_consent_get_by_student (consent))
        break;
      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, *id);
      _passend_bind_id (statement, 2, student ? 0 : ids[i]);
      sqlite3_bind_int (statement, 3, student ? 1 : 0);
      if (!_passend_database_step_done (self, statement, error))
        return FALSE;
    }

  return _passend_database_audit (self, "create", "consent", *id, error);
}

/* "bespreken met externen", "gegevens opvragen bij GGD West". */
static char *
dutch_scope (PassendConsent *consent)
{
  PassendConsentPurpose purpose = passend_consent_get_purpose (consent);

  if (passend_consent_purpose_needs_party (purpose))
    return g_strdup_printf ("%s %s", passend_consent_purpose_get_dutch (purpose),
                            passend_consent_get_party (consent));
  return g_strdup (passend_consent_purpose_get_dutch (purpose));
}

static gboolean
insert_consent_entry (PassendDatabase  *self,
                      gint64            student_id,
                      PassendDay        day,
                      const char       *title,
                      const char       *body,
                      gint64           *entry_id,
                      GError          **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_CONSENT);
  passend_timeline_entry_set_occurred_at (entry, _passend_database_moment_of_day (day));
  passend_timeline_entry_set_author (entry, self->actor);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_NORMAL);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  return _passend_database_insert_entry (self, entry, entry_id, error) &&
         _passend_database_audit (self, "create", "timeline-entry", *entry_id, error);
}

static char *
dutch_body (PassendConsent *consent)
{
  GString *body = g_string_new (NULL);
  g_autofree char *until = passend_day_format_dutch (passend_consent_get_valid_until (consent));

  g_string_append (body, passend_consent_get_form (consent) == PASSEND_CONSENT_FORM_VERBAL
                         ? "Mondeling gegeven." : "Ondertekend formulier.");
  if (passend_consent_get_valid_until (consent) != PASSEND_DAY_NONE)
    g_string_append_printf (body, " Geldig tot en met %s.", until);
  else
    g_string_append (body, " Geldig zonder einddatum.");
  if (!_passend_is_blank (passend_consent_get_note (consent)))
    g_string_append_printf (body, "\n\n%s", passend_consent_get_note (consent));

  return g_string_free (body, FALSE);
}

static gboolean
store_consent (PassendDatabase  *self,
               PassendConsent   *consent,
               gboolean          with_entry,
               GError          **error)
{
  g_autofree char *givers = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  gint64 entry_id = 0;
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_CONSENT (consent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  /* A withdrawal leaves its own entry: passend_database_withdraw_consent(). */
  if (with_entry && passend_consent_get_withdrawn_on (consent) != PASSEND_DAY_NONE)
    {
      _passend_database_invalid (error, _("Record the consent first, then its withdrawal."));
      goto failed;
    }
  if (!validate (self, consent, &givers, error))
    goto failed;

  if (with_entry)
    {
      scope = dutch_scope (consent);
      title = g_strdup_printf ("Toestemming gegeven door %s: %s", givers, scope);
      body = dutch_body (consent);
      if (!insert_consent_entry (self, passend_consent_get_student_id (consent),
                                 passend_consent_get_given_on (consent), title, body, &entry_id, error))
        goto failed;
    }

  if (!insert_consent (self, consent, entry_id, &id, error))
    goto failed;
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  passend_consent_set_id (consent, id);
  g_debug ("Consent %" G_GINT64_FORMAT " stored for student %" G_GINT64_FORMAT,
           id, passend_consent_get_student_id (consent));
  _passend_database_changed (self, "consent", id);
  if (entry_id != 0)
    _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

/**
 * passend_database_add_consent:
 *
 * Stores @consent with its givers and a timeline entry of kind consent,
 * in one transaction, and sets its id.
 */
gboolean
passend_database_add_consent (PassendDatabase  *self,
                              PassendConsent   *consent,
                              GError          **error)
{
  return store_consent (self, consent, TRUE, error);
}

gboolean
passend_database_add_consent_record (PassendDatabase  *self,
                                     PassendConsent   *consent,
                                     GError          **error)
{
  return store_consent (self, consent, FALSE, error);
}

/**
 * passend_database_withdraw_consent:
 * @withdrawn_on: the day it stops holding; not before it was given, not
 *   in the future
 *
 * Records that a consent was withdrawn, with a timeline entry.
 */
gboolean
passend_database_withdraw_consent (PassendDatabase  *self,
                                   gint64            consent_id,
                                   PassendDay        withdrawn_on,
                                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendConsent) consent = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *body = NULL;
  gint64 entry_id = 0;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (withdrawn_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Give the day the consent was withdrawn."));
  if (withdrawn_on > passend_day_today ())
    return _passend_database_invalid (error, _("A withdrawal cannot lie in the future."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self, "SELECT " CONSENT_COLUMNS " FROM consent AS c WHERE c.id = ?1", error);
  if (statement == NULL)
    goto failed;
  sqlite3_bind_int64 (statement, 1, consent_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The consent does not exist."));
      goto failed;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      goto failed;
    }
  consent = consent_from_row (statement);
  g_clear_pointer (&statement, passend_statement_reset);

  if (passend_consent_get_withdrawn_on (consent) != PASSEND_DAY_NONE)
    {
      _passend_database_invalid (error, _("This consent was withdrawn already."));
      goto failed;
    }
  if (withdrawn_on < passend_consent_get_given_on (consent))
    {
      _passend_database_invalid (error, _("A consent cannot be withdrawn before it was given."));
      goto failed;
    }

  scope = dutch_scope (consent);
  title = g_strdup_printf ("Toestemming ingetrokken: %s", scope);
  day_text = passend_day_format_dutch (withdrawn_on);
  body = g_strdup_printf ("Ingetrokken met ingang van %s.", day_text);

  statement = _passend_database_prepare (self,
                                         "UPDATE consent SET withdrawn_on = ?2, updated_at = ?3 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    goto failed;
  sqlite3_bind_int64 (statement, 1, consent_id);
  _passend_bind_day (statement, 2, withdrawn_on);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());

  if (!_passend_database_step_done (self, statement, error) ||
      !_passend_database_audit (self, "update", "consent", consent_id, error) ||
      !insert_consent_entry (self, passend_consent_get_student_id (consent), withdrawn_on,
                             title, body, &entry_id, error))
    goto failed;

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "consent", consent_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

/* Fills in each consent's givers, in the UI language. */
static gboolean
load_givers (PassendDatabase  *self,
             gint64            student_id,
             GHashTable       *by_id,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT g.consent_id, g.by_student, g.guardian_id,"
                                         " gu.relation, gu.voorletters, gu.tussenvoegsel, gu.achternaam"
                                         " FROM consent_giver AS g"
                                         " JOIN consent AS c ON c.id = g.consent_id"
                                         " LEFT JOIN guardian AS gu ON gu.id = g.guardian_id"
                                         " WHERE c.student_id = ?1 ORDER BY g.rowid",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 consent_id = sqlite3_column_int64 (statement, 0);
      PassendConsent *consent = g_hash_table_lookup (by_id, &consent_id);
      GPtrArray *names;
      char *name;

      if (consent == NULL)
        continue;

      names = g_hash_table_lookup (texts, &consent_id);
      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (texts, g_memdup2 (&consent_id, sizeof consent_id), names);
        }

      if (sqlite3_column_int (statement, 1) != 0)
        {
          passend_consent_set_by_student (consent, TRUE);
          name = g_strdup (_("the student"));
        }
      else if (sqlite3_column_type (statement, 2) == SQLITE_NULL)
        {
          /* The guardian was removed later; the consent stays. */
          name = g_strdup (_("a former guardian"));
        }
      else
        {
          g_autofree char *full = passend_text_join_name (_passend_column_text (statement, 4),
                                                          _passend_column_text (statement, 5),
                                                          _passend_column_text (statement, 6));

          passend_consent_add_guardian_id (consent, sqlite3_column_int64 (statement, 2));
          name = _passend_is_blank (_passend_column_text (statement, 3))
                 ? g_steal_pointer (&full)
                 /* TRANSLATORS: a guardian who gave consent: relation, then name,
                  * "mother (A. Jansen)". */
                 : g_strdup_printf (C_("consent giver", "%s (%s)"), _passend_column_text (statement, 3), full);
        }
      g_ptr_array_add (names, name);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *names = value;
      g_autofree char *text = NULL;

      g_ptr_array_add (names, NULL);
      /* TRANSLATORS: the separator between those who gave a consent. */
      text = g_strjoinv (C_("consent giver", ", "), (char **) names->pdata);
      passend_consent_set_givers_text (g_hash_table_lookup (by_id, key), text);
    }

  return TRUE;
}

/**
 * passend_database_list_consents:
 *
 * Returns: (transfer full) (element-type PassendConsent): the student's
 *   consents, the most recently given first, with their givers
 */
GPtrArray *
passend_database_list_consents (PassendDatabase  *self,
                                gint64            student_id,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) consents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT " CONSENT_COLUMNS " FROM consent AS c"
                                         " WHERE c.student_id = ?1 ORDER BY c.given_on DESC, c.id DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (consents, consent_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }
  g_clear_pointer (&statement, passend_statement_reset);

  for (guint i = 0; i < consents->len; i++)
    {
      PassendConsent *consent = g_ptr_array_index (consents, i);
      gint64 id = passend_consent_get_id (consent);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), consent);
    }

  if (!load_givers (self, student_id, by_id, error))
    return NULL;

  return g_steal_pointer (&consents);
}

/**
 * passend_database_has_valid_consent:
 * @party: (nullable): for requesting or sharing data, the party; %NULL:
 *   any party
 *
 * Whether a consent for @purpose holds on @day: the check before a
 * student is discussed with externals.
 *
 * Returns: %TRUE when one holds; %FALSE when none does or on error (then
 *   @error is set)
 */
gboolean
passend_database_has_valid_consent (PassendDatabase        *self,
                                    gint64                  student_id,
                                    PassendConsentPurpose   purpose,
                                    const char             *party,
                                    PassendDay              day,
                                    GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (purpose < PASSEND_CONSENT_N_PURPOSES, FALSE);
  g_return_val_if_fail (day != PASSEND_DAY_NONE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self,
                                         "SELECT " CONSENT_COLUMNS " FROM consent AS c"
                                         " WHERE c.student_id = ?1 AND c.purpose = ?2",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_text (statement, 2, passend_consent_purpose_to_code (purpose));
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendConsent) consent = consent_from_row (statement);

      /* The rules in core decide, so this check and the ledger agree. */
      if (passend_consent_matches (consent, purpose, party) &&
          passend_consent_rules_is_valid_on (consent, day))
        return TRUE;
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return FALSE;
}

/**
 * passend_database_list_consent_partners:
 *
 * Returns: (transfer full) (element-type PassendOrganisation): the
 *   organisations a consent can name, by name
 */
GPtrArray *
passend_database_list_consent_partners (PassendDatabase  *self,
                                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, name, kind FROM organisation ORDER BY name COLLATE NOCASE",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendOrganisation *organisation = passend_organisation_new ();
      PassendOrganisationKind kind = PASSEND_ORGANISATION_KIND_OTHER;

      passend_organisation_kind_from_code (_passend_column_text (statement, 2), &kind);
      passend_organisation_set_id (organisation, sqlite3_column_int64 (statement, 0));
      passend_organisation_set_name (organisation, _passend_column_text (statement, 1));
      passend_organisation_set_kind (organisation, kind);
      g_ptr_array_add (partners, organisation);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&partners);
}

/* For the caseload: the students with a discussion consent that holds on
 * @day, from one query over all consents of that purpose. */
GHashTable *
_passend_database_discussion_covered (PassendDatabase  *self,
                                      PassendDay        day,
                                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) covered = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT " CONSENT_COLUMNS " FROM consent AS c"
                                         " WHERE c.purpose = 'discussion-external'",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendConsent) consent = consent_from_row (statement);
      gint64 student_id = passend_consent_get_student_id (consent);

      if (passend_consent_rules_is_valid_on (consent, day))
        g_hash_table_add (covered, g_memdup2 (&student_id, sizeof student_id));
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&covered);
}
