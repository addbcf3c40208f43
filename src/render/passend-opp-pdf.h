/* passend-opp-pdf.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-opp.h"
#include "passend-opp-rules.h"
#include "passend-pdf-writer.h"

G_BEGIN_DECLS

/* The OPP as a printed Dutch document (A4): the school's name and logo,
 * "Ontwikkelingsperspectiefplan", the student, the version, its state,
 * date and short content hash on every page with "pagina X van Y", one
 * outline entry per section, tables for factors, needs, goals, support
 * lines, the OOGO log and evaluations, the student's view and the
 * parents' zienswijze, and signature blocks kept whole on one page:
 * instemming per guardian with gezag (or the adult student), the
 * student's own signature and the vaststelling by the school. Recorded
 * signatures are drawn from their strokes with name, role, date and
 * place; a "niet akkoord" shows its reason. A version that is not
 * vastgesteld is marked CONCEPT on every page. Medische bijzonderheden
 * are printed only when asked for. */

typedef struct
{
  /* Print the medische bijzonderheden section. Default FALSE. */
  gboolean               include_medical;
  /* For signing on paper: every block empty (no recorded signatures)
   * with its name and role filled in and lines to sign, date and place
   * on. Default FALSE: the recorded signatures, and empty blocks only
   * for who has not signed yet. */
  gboolean               for_signing;
  /* A block for the student's own signature (as the school wishes; the
   * adult student who gives instemming always has one). Default TRUE. */
  gboolean               student_signs;
  /* Who establishes for the school, printed in an empty vaststelling
   * block; NULL leaves a line to fill in. */
  const char            *school_signer_name;
  const char            *school_signer_role;
  /* The school's city: the default place in empty blocks; NULL: none. */
  const char            *school_city;
  /* Who must give instemming (consent age, guardians); NULL: the
   * defaults of passend_opp_rules_init_defaults(). */
  const PassendOppRules *rules;
  /* The day the document is printed (a concept shows it, and instemming
   * is judged on it); PASSEND_DAY_NONE: today. */
  PassendDay             today;
} PassendOppPdfOptions;

/* No medical section, recorded signatures, a student block, today. */
void              passend_opp_pdf_options_init       (PassendOppPdfOptions       *options);

/* Lays @document out (with @logo when it is a PNG; NULL for none) into a
 * writer ready to save, save to bytes, paginate or print. The metadata
 * carry title, author (the school) and subject; a vastgesteld version
 * gets its vaststelling day as creation date, so exporting it again
 * gives the same bytes. */
PassendPdfWriter *passend_opp_pdf_build              (PassendOppDocument         *document,
                                                      GBytes                     *logo,
                                                      const PassendOppPdfOptions *options,
                                                      GError                    **error);

/* Builds and writes to @path atomically, mode 0600; *@n_pages (may be
 * NULL) receives the page count. On failure @path is untouched. */
gboolean          passend_opp_pdf_save               (PassendOppDocument         *document,
                                                      GBytes                     *logo,
                                                      const PassendOppPdfOptions *options,
                                                      const char                 *path,
                                                      guint                      *n_pages,
                                                      GCancellable               *cancellable,
                                                      GError                    **error);
/* The same in a worker thread. @document is copied first, so the caller
 * may go on changing its own. */
void              passend_opp_pdf_save_async         (PassendOppDocument         *document,
                                                      GBytes                     *logo,
                                                      const PassendOppPdfOptions *options,
                                                      const char                 *path,
                                                      GCancellable               *cancellable,
                                                      GAsyncReadyCallback         callback,
                                                      gpointer                    user_data);
gboolean          passend_opp_pdf_save_finish        (GAsyncResult               *result,
                                                      guint                      *n_pages,
                                                      GError                    **error);

/* The PDF in memory, e.g. for a live preview (PassendPdfRenderer). */
GBytes           *passend_opp_pdf_render             (PassendOppDocument         *document,
                                                      GBytes                     *logo,
                                                      const PassendOppPdfOptions *options,
                                                      GCancellable               *cancellable,
                                                      GError                    **error);
/* The same in a worker thread, on a copy of @document: call it again
 * after each (debounced) change, cancelling the previous one. */
void              passend_opp_pdf_render_async       (PassendOppDocument         *document,
                                                      GBytes                     *logo,
                                                      const PassendOppPdfOptions *options,
                                                      GCancellable               *cancellable,
                                                      GAsyncReadyCallback         callback,
                                                      gpointer                    user_data);
GBytes           *passend_opp_pdf_render_finish      (GAsyncResult               *result,
                                                      GError                    **error);

/* A file name to offer: "OPP Jan de Vries versie 2.pdf" (characters a
 * file system refuses replaced). */
char             *passend_opp_pdf_suggest_file_name  (PassendOppDocument         *document);

G_END_DECLS
