/* passend-backups-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_BACKUPS_PAGE (passend_backups_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendBackupsPage, passend_backups_page, PASSEND, BACKUPS_PAGE, AdwPreferencesPage)

/* The Preferences page of the backups of the open database: the list
 * (date, size, checked), Back Up Now with progress, Verify and Restore…
 * per backup, how many are kept, and the folder. Placed in the
 * Preferences window it takes that window's database. Restoring asks the
 * application to open the restored file with the action
 * "app.reopen-database" (the path the replaced file is kept at). */
GtkWidget *passend_backups_page_new          (void);
void       passend_backups_page_set_database (PassendBackupsPage *self,
                                              PassendDatabase    *database);
/* Whether a backup or a check is running. */
gboolean   passend_backups_page_get_busy     (PassendBackupsPage *self);

G_END_DECLS
