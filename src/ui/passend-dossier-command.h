/* passend-dossier-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-tlv.h"
#include "passend-dossier.h"

G_BEGIN_DECLS

/* `passend export-dossier --database FILE --student LVSNR [--request ID]
 * --output F.pdf`: the TLV dossier of the student's request (default:
 * the newest) as one PDF. @argv[0] is the verb. Returns the exit status:
 * 0 written, 1 nothing written, 2 usage. */
int             passend_dossier_command_run   (int                     argc,
                                               char                  **argv);

/* The dossier of @data as the assembler describes it, its parts read
 * from @database: the cover, each checklist item as a section with its
 * parts (the deskundigenadviezen right after the OPP, a printed
 * signature page when the signatures item has no scanned form), then
 * the parents' and the student's view. The same for the command line
 * and the TLV window. */
PassendDossier *passend_dossier_command_build (PassendDatabase        *database,
                                               PassendTlvDossierData  *data,
                                               GError                **error);

G_END_DECLS
