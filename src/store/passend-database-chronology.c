/* passend-database-chronology.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/**
 * passend_database_find_student_id:
 * @lvs_number: the student's number in the school's LVS
 *
 * Returns: the id of the student with @lvs_number, or 0 with a
 *   PASSEND_DATABASE_ERROR_NOT_FOUND error naming the number.
 */
gint64
passend_database_find_student_id (PassendDatabase  *self,
                                  const char       *lvs_number,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *trimmed = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), 0);
  g_return_val_if_fail (lvs_number != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = g_strstrip (g_strdup (lvs_number));
  statement = _passend_database_prepare (self, "SELECT id FROM student WHERE lvs_number = ?1", error);
  if (statement == NULL)
    return 0;

  _passend_bind_text (statement, 1, trimmed);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (statement, 0);

  if (rc == SQLITE_DONE)
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                 _("There is no student with LVS number “%s”."), trimmed);
  else
    _passend_database_fail (self, rc, NULL, error);

  return 0;
}
