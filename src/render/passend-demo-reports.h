/* passend-demo-reports.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* Plausible Dutch reports of the kind a TLV dossier holds, as multi-page
 * PDFs, for the demo school, the tests and the benchmark. The text is
 * made up from fixed phrases chosen by @seed: the same options give the
 * same bytes. Every report starts with its title and the student's name,
 * so a test can find it back in an assembled dossier. */

typedef enum
{
  PASSEND_DEMO_REPORT_PSYCHOLOGIST,   /* Onderzoeksverslag psycholoog */
  PASSEND_DEMO_REPORT_OBSERVATION,    /* Observatieverslag */
  PASSEND_DEMO_REPORT_VSO_EXPERTISE,  /* Deskundigheidsverklaring VSO */
} PassendDemoReportKind;

#define PASSEND_DEMO_N_REPORTS (PASSEND_DEMO_REPORT_VSO_EXPERTISE + 1)

typedef struct
{
  const char *student_name;   /* required */
  PassendDay  birth_date;     /* PASSEND_DAY_NONE: left out */
  const char *school_name;    /* NULL: "Het Passend College" */
  const char *author_name;    /* NULL: a made-up deskundige */
  PassendDay  day;            /* the report's date (also its creation date); required */
  guint32     seed;
  /* Pages of content, at least 1 (a report gets 2–4 by default: 0). */
  guint       n_pages;
} PassendDemoReportOptions;

/* Defaults for everything but the student and the day. */
void        passend_demo_report_options_init (PassendDemoReportOptions       *options);

/* "Onderzoeksverslag psycholoog", "Observatieverslag",
 * "Deskundigheidsverklaring VSO" (Dutch: printed text). */
const char *passend_demo_report_get_title    (PassendDemoReportKind           kind);
/* The title plus ".pdf". */
const char *passend_demo_report_get_file_name (PassendDemoReportKind          kind);

/* The report as PDF bytes; NULL with @error only when cairo fails. */
GBytes     *passend_demo_report_render       (PassendDemoReportKind           kind,
                                              const PassendDemoReportOptions *options,
                                              GError                        **error);

G_END_DECLS
