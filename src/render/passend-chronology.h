/* passend-chronology.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-date.h"
#include "passend-pdf-writer.h"
#include "passend-school.h"
#include "passend-student.h"
#include "passend-timeline-entry.h"

G_BEGIN_DECLS

/* Every kind, also kinds added later. */
#define PASSEND_CHRONOLOGY_ALL_KINDS G_MAXUINT32
#define PASSEND_CHRONOLOGY_KIND_BIT(kind) (1u << (guint) (kind))

/* What a chronology holds. Meldcode entries are never in it, whatever
 * the options say: they belong to the restricted meldcode dossier. */
typedef struct
{
  PassendDay from;            /* first day; PASSEND_DAY_NONE: from the start */
  PassendDay to;              /* last day; PASSEND_DAY_NONE: up to today */
  guint32    kinds;           /* PASSEND_CHRONOLOGY_KIND_BIT of each kind */
  gboolean   include_care;    /* default TRUE */
  gboolean   include_medical; /* default FALSE: only when explicitly chosen */
} PassendChronologyOptions;

/* Every kind, care entries, no medical ones, no period limits. */
void              passend_chronology_options_init (PassendChronologyOptions       *options);

/* Whether @entry belongs in a chronology made with @options; the day is
 * the local day it happened on. */
gboolean          passend_chronology_includes     (const PassendChronologyOptions *options,
                                                   PassendTimelineEntry           *entry);

/* Printed documents are Dutch whatever the UI language: "Gesprek met
 * ouders", "Besluit", … */
const char       *passend_chronology_kind_label   (PassendEntryKind                kind);

/* Lays out the chronologisch overzicht of @student: the school header
 * (with @logo when it is a PNG; NULL for none), the student, the period
 * and selection, and the entries of @entries (PassendTimelineEntry, any
 * order) that @options include, oldest first. @today is the day the
 * document is drawn up. *@n_entries (may be NULL) receives how many
 * entries it holds. Save the result with passend_pdf_writer_save(). */
PassendPdfWriter *passend_chronology_build        (PassendSchool                  *school,
                                                   GBytes                         *logo,
                                                   PassendStudent                 *student,
                                                   GListModel                     *entries,
                                                   const PassendChronologyOptions *options,
                                                   PassendDay                      today,
                                                   guint                          *n_entries,
                                                   GCancellable                   *cancellable,
                                                   GError                        **error);

G_END_DECLS
