/* passend-application.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_APPLICATION (passend_application_get_type ())

G_DECLARE_FINAL_TYPE (PassendApplication, passend_application, PASSEND, APPLICATION, AdwApplication)

/* @database_path: the file to open, or NULL for the default location. */
PassendApplication *passend_application_new          (const char         *database_path);
const char         *passend_application_get_database_path (PassendApplication *self);
/* NULL until a database is open (the first-start choice comes first). */
PassendDatabase    *passend_application_get_database (PassendApplication *self);

G_END_DECLS
