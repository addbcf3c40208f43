/* passend-database-absence-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-absence.h"
#include "passend-database-private.h"

G_BEGIN_DECLS

/* Calls @func once per student (who has not left) with absence that
 * can matter on @today, with the rules' summary; one query for the whole
 * school. @names: given name, tussenvoegsel, family name. */
typedef void (*PassendAbsenceStudentFunc) (gint64                        student_id,
                                           const char * const           *names,
                                           const PassendAbsenceSummary  *summary,
                                           gpointer                      user_data);

gboolean _passend_database_foreach_absence_summary (PassendDatabase            *self,
                                                    PassendDay                  today,
                                                    const PassendProtocol      *protocol,
                                                    PassendAbsenceStudentFunc   func,
                                                    gpointer                    user_data,
                                                    GError                    **error);

G_END_DECLS
