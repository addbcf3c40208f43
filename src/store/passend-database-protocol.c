/* passend-database-protocol.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/* A school year's longest holiday, the summer, is 6–7 weeks; anything far
 * longer is a typing error that would silently stop "school weeks". */
#define MAX_HOLIDAY_DAYS (12 * 7)
/* Documents carry the logo small; a bigger file is a photo by mistake. */
#define MAX_LOGO_BYTES (2 * 1024 * 1024)

/* Runs @statement (already bound) as one audited write. With
 * @not_found, a statement that changes no row is undone and reported. */
static gboolean
write_one (PassendDatabase  *self,
           PassendStatement *statement,
           const char       *action,
           const char       *entity,
           gint64            entity_id,
           const char       *not_found,
           GError          **error)
{
  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (not_found != NULL && sqlite3_changes64 (self->db) == 0)
    {
      _passend_database_write_rollback (self);
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }

  if (!_passend_database_audit (self, action, entity, entity_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, entity, entity_id);
  return TRUE;
}

/* Protocol values */

gboolean
passend_database_load_protocol (PassendDatabase  *self,
                                PassendProtocol  *protocol,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (protocol != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  passend_protocol_init_defaults (protocol);

  statement = _passend_database_prepare (self, "SELECT key, value FROM protocol_value", error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendProtocolValue value;
      int number = sqlite3_column_int (statement, 1);
      int minimum, maximum;

      /* A key from a newer Passend, or a value a newer range allows, is
       * left alone here: the default applies. */
      if (!passend_protocol_from_key (_passend_column_text (statement, 0), &value))
        continue;

      passend_protocol_get_range (value, &minimum, &maximum);
      if (number >= minimum && number <= maximum)
        passend_protocol_set (protocol, value, number);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
passend_database_set_protocol_value (PassendDatabase       *self,
                                     PassendProtocolValue   value,
                                     int                    number,
                                     GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int minimum, maximum;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  passend_protocol_get_range (value, &minimum, &maximum);
  if (number < minimum || number > maximum)
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                   _("“%s” must be between %d and %d."),
                   passend_protocol_get_title (value), minimum, maximum);
      return FALSE;
    }

  statement = _passend_database_prepare (self,
                                         "INSERT INTO protocol_value (key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, passend_protocol_get_key (value), -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, number);

  return write_one (self, statement, "update", "protocol", 0, NULL, error);
}

gboolean
passend_database_reset_protocol_value (PassendDatabase       *self,
                                       PassendProtocolValue   value,
                                       GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM protocol_value WHERE key = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, passend_protocol_get_key (value), -1, SQLITE_STATIC);

  return write_one (self, statement, "delete", "protocol", 0, NULL, error);
}

/* Holidays */

GListModel *
passend_database_list_holidays (PassendDatabase  *self,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, name, first_day, last_day FROM school_holiday "
                                         "ORDER BY first_day, last_day, id",
                                         error);
  if (statement == NULL)
    return NULL;

  store = g_list_store_new (PASSEND_TYPE_HOLIDAY);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendHoliday) holiday = passend_holiday_new (_passend_column_text (statement, 1),
                                                                _passend_column_day (statement, 2),
                                                                _passend_column_day (statement, 3));

      passend_holiday_set_id (holiday, sqlite3_column_int64 (statement, 0));
      g_list_store_append (store, holiday);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
insert_holiday (PassendDatabase  *self,
                PassendHoliday   *holiday,
                gint64           *id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *name = g_strstrip (g_strdup (passend_holiday_get_name (holiday)));

  statement = _passend_database_prepare (self,
                                         "INSERT INTO school_holiday (name, first_day, last_day) "
                                         "VALUES (?1, ?2, ?3)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, name);
  _passend_bind_day (statement, 2, passend_holiday_get_first_day (holiday));
  _passend_bind_day (statement, 3, passend_holiday_get_last_day (holiday));

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
passend_database_add_holiday (PassendDatabase  *self,
                              PassendHoliday   *holiday,
                              GError          **error)
{
  PassendDay first, last;
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (holiday), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  first = passend_holiday_get_first_day (holiday);
  last = passend_holiday_get_last_day (holiday);

  if (passend_holiday_get_id (holiday) != 0)
    return _passend_database_invalid (error, _("This holiday is already stored."));
  if (_passend_is_blank (passend_holiday_get_name (holiday)))
    return _passend_database_invalid (error, _("A holiday needs a name."));
  if (first == PASSEND_DAY_NONE || last == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("A holiday needs a first and a last day."));
  if (last < first)
    return _passend_database_invalid (error, _("A holiday cannot end before it starts."));
  if (last - first >= MAX_HOLIDAY_DAYS)
    return _passend_database_invalid (error, _("A holiday cannot be longer than 12 weeks."));

  if (!_passend_database_create (self, "holiday", (PassendInsertFunc) insert_holiday, holiday, &id, error))
    return FALSE;

  passend_holiday_set_id (holiday, id);
  return TRUE;
}

gboolean
passend_database_remove_holiday (PassendDatabase  *self,
                                 gint64            holiday_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM school_holiday WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, holiday_id);
  return write_one (self, statement, "delete", "holiday", holiday_id,
                    _("The holiday does not exist."), error);
}

/* Locations */

GStrv
passend_database_list_locations (PassendDatabase  *self,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT name FROM school_location ORDER BY name COLLATE NOCASE",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_strv_builder_add (builder, _passend_column_text (statement, 0));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

gboolean
passend_database_add_location (PassendDatabase  *self,
                               const char       *name,
                               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *duplicate = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_passend_is_blank (name))
    return _passend_database_invalid (error, _("A location needs a name."));

  trimmed = g_strstrip (g_strdup (name));
  statement = _passend_database_prepare (self, "INSERT INTO school_location (name) VALUES (?1)", error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, trimmed);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  rc = sqlite3_step (statement);
  if (rc != SQLITE_DONE)
    {
      duplicate = g_strdup_printf (_("The location “%s” already exists."), trimmed);
      _passend_database_fail (self, rc, duplicate, error);
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_audit (self, "create", "school-location", sqlite3_last_insert_rowid (self->db), error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "school-location", 0);
  return TRUE;
}

gboolean
passend_database_remove_location (PassendDatabase  *self,
                                  const char       *name,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM school_location WHERE name = ?1", error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, name);
  return write_one (self, statement, "delete", "school-location", 0,
                    _("The location does not exist."), error);
}

/* Logo */

/* What the bytes are, whatever the file was called: a renamed document
 * must not end up in every printed letter. */
static const char *
sniff_logo (GBytes *logo)
{
  static const char * const accepted[] = { "image/png", "image/jpeg", "image/svg+xml" };
  g_autofree char *content_type = NULL;
  g_autofree char *media_type = NULL;
  gboolean uncertain = FALSE;
  gsize size;
  const guchar *data = g_bytes_get_data (logo, &size);

  if (size == 0)
    return NULL;

  content_type = g_content_type_guess (NULL, data, size, &uncertain);
  media_type = g_content_type_get_mime_type (content_type);
  if (uncertain || media_type == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      if (g_str_equal (media_type, accepted[i]))
        return accepted[i];
    }

  return NULL;
}

gboolean
passend_database_set_school_logo (PassendDatabase  *self,
                                  GBytes           *logo,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  const char *media_type = "";

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (logo != NULL)
    {
      if (g_bytes_get_size (logo) > MAX_LOGO_BYTES)
        return _passend_database_invalid (error, _("The logo is too large: choose an image of at most 2 MB."));

      media_type = sniff_logo (logo);
      if (media_type == NULL)
        return _passend_database_invalid (error, _("The logo must be a PNG, JPEG or SVG image."));
    }

  statement = _passend_database_prepare (self,
                                         "UPDATE school SET logo = ?1, logo_media_type = ?2 WHERE id = 1",
                                         error);
  if (statement == NULL)
    return FALSE;

  if (logo != NULL)
    sqlite3_bind_blob64 (statement, 1, g_bytes_get_data (logo, NULL), g_bytes_get_size (logo),
                         SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, 1);
  sqlite3_bind_text (statement, 2, media_type, -1, SQLITE_STATIC);

  return write_one (self, statement, "update", "school", 1, NULL, error);
}

GBytes *
passend_database_get_school_logo (PassendDatabase  *self,
                                  char            **media_type,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (media_type != NULL)
    *media_type = NULL;

  statement = _passend_database_prepare (self,
                                         "SELECT logo, logo_media_type FROM school "
                                         "WHERE id = 1 AND logo IS NOT NULL",
                                         error);
  if (statement == NULL)
    return NULL;

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  if (media_type != NULL)
    *media_type = g_strdup (_passend_column_text (statement, 1));

  return g_bytes_new (sqlite3_column_blob (statement, 0), sqlite3_column_bytes (statement, 0));
}

/* OPP days */

gboolean
passend_database_set_opp_days (PassendDatabase  *self,
                               gint64            student_id,
                               PassendDay        extra_support_since,
                               PassendDay        established_on,
                               PassendDay        evaluated_on,
                               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendDay today = passend_day_today ();

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (extra_support_since > today || established_on > today || evaluated_on > today)
    return _passend_database_invalid (error, _("OPP dates cannot lie in the future."));
  if (evaluated_on != PASSEND_DAY_NONE && established_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An OPP can only be evaluated once it is set."));
  if (evaluated_on != PASSEND_DAY_NONE && evaluated_on < established_on)
    return _passend_database_invalid (error, _("The OPP cannot be evaluated before it was set."));

  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET extra_support_since = ?2, "
                                         "opp_established_on = ?3, opp_evaluated_on = ?4 "
                                         "WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, extra_support_since);
  _passend_bind_day (statement, 3, established_on);
  _passend_bind_day (statement, 4, evaluated_on);

  return write_one (self, statement, "update", "support-status", student_id,
                    _("The student is not in support."), error);
}
