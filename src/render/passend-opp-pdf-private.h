/* passend-opp-pdf-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-opp-pdf.h"

G_BEGIN_DECLS

/* "12 november 2026"; "" for PASSEND_DAY_NONE. */
char *_passend_opp_pdf_day_long  (PassendDay day);
/* "12-11-2026"; "—" for PASSEND_DAY_NONE. */
char *_passend_opp_pdf_day_short (PassendDay day);

/* The chapter with the instemming, the student's signature and the
 * vaststelling, numbered @number. */
void  _passend_opp_pdf_add_signatures (PassendPdfWriter           *writer,
                                       PassendOppDocument         *document,
                                       const PassendOppPdfOptions *options,
                                       const PassendOppRules      *rules,
                                       PassendDay                  today,
                                       const char                 *hash,
                                       int                         number);

G_END_DECLS
