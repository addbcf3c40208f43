/* passend-import-row.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-import-private.h"

G_DEFINE_FINAL_TYPE (PassendImportRow, passend_import_row, G_TYPE_OBJECT)

static void
passend_import_row_finalize (GObject *object)
{
  PassendImportRow *self = (PassendImportRow *)object;

  g_free (self->lvs_number);
  g_free (self->name);
  g_free (self->class_name);
  g_free (self->detail);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_import_row_parent_class)->finalize (object);
}

static void
passend_import_row_class_init (PassendImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_import_row_finalize;
}

static void
passend_import_row_init (PassendImportRow *self)
{
}

void
_passend_import_row_set_error (PassendImportRow *row,
               const char       *column,
               const char       *reason)
{
  if (row->status == PASSEND_IMPORT_STATUS_ERROR)
    return;  /* the first reason is the one to fix first */

  row->status = PASSEND_IMPORT_STATUS_ERROR;
  g_free (row->detail);
  row->detail = g_strdup_printf (_("Row %u, column %s: %s"), row->line, column, reason);
}

guint
passend_import_row_get_line (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), 0);
  return self->line;
}

PassendImportStatus
passend_import_row_get_status (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), PASSEND_IMPORT_STATUS_ERROR);
  return self->status;
}

const char *
passend_import_row_get_lvs_number (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), NULL);
  return self->lvs_number != NULL ? self->lvs_number : "";
}

const char *
passend_import_row_get_name (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), NULL);
  return self->name != NULL ? self->name : "";
}

const char *
passend_import_row_get_class_name (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), NULL);
  return self->class_name != NULL ? self->class_name : "";
}

const char *
passend_import_row_get_detail (PassendImportRow *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_ROW (self), NULL);
  return self->detail != NULL ? self->detail : "";
}

const char *
passend_import_status_get_label (PassendImportStatus status)
{
  switch (status)
    {
    case PASSEND_IMPORT_STATUS_NEW:
      return C_("import status", "New");
    case PASSEND_IMPORT_STATUS_UPDATED:
      return C_("import status", "Updated");
    case PASSEND_IMPORT_STATUS_UNCHANGED:
      return C_("import status", "Unchanged");
    case PASSEND_IMPORT_STATUS_ERROR:
      return C_("import status", "Error");
    case PASSEND_IMPORT_STATUS_POSSIBLY_LEFT:
      return C_("import status", "Possibly left");
    default:
      return "";
    }
}
