/* passend-dossier-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "passend-dossier.h"

G_BEGIN_DECLS

/* The dossier's own words are Dutch: it is a printed document. */
#define DOSSIER_FONT         "Cantarell, DejaVu Sans, Sans"
#define DOSSIER_TEXT_X       PASSEND_PDF_MARGIN
#define DOSSIER_TEXT_WIDTH   (PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN)

typedef enum
{
  DOSSIER_PART_DOCUMENT,
  DOSSIER_PART_ENTRY,
  DOSSIER_PART_TEXT,
  DOSSIER_PART_PDF,
  DOSSIER_PART_IMAGE,
  DOSSIER_PART_SIGNATURES,
} DossierPartKind;

typedef struct
{
  DossierPartKind   kind;
  guint             section;     /* index into sections */
  char             *title;
  PassendPdfWriter *writer;      /* DOCUMENT */
  PassendDay        day;         /* ENTRY, TEXT */
  char             *kind_label;  /* ENTRY */
  char             *text;        /* ENTRY, TEXT; SIGNATURES: the statement */
  char             *file_name;   /* PDF, IMAGE */
  GBytes           *content;     /* PDF, IMAGE */
  GPtrArray        *signers;     /* SIGNATURES: role, name, role, name … */
} DossierPart;

struct _PassendDossier
{
  GObject    parent_instance;

  /* The cover, with its strings owned. */
  PassendDossierCover cover;
  GPtrArray *strings;        /* owns the cover's strings */
  GBytes    *logo;
  GDateTime *creation_date;
  char      *confidentiality;
  GPtrArray *sections;       /* char * labels */
  GPtrArray *parts;          /* DossierPart */

  /* Results, and the progress of a write. */
  double     progress;
  guint      n_pages;
  char      *sha256;
  gboolean   writing;
};

/* One run of pages from one source, starting on a new page. */
typedef enum
{
  DOSSIER_UNIT_WRITER,
  DOSSIER_UNIT_PDF,
  DOSSIER_UNIT_IMAGE,
} DossierUnitKind;

/* Where a part (or a section) starts: a table of contents row, an
 * outline entry and a named destination. */
typedef struct
{
  int         level;       /* 1: a section, 2: a part */
  char       *title;       /* a section's with its number: "3. Onderzoeksverslagen" */
  char       *dest;        /* "deel-3", "sectie-2" */
  guint       page;        /* in the dossier, from 1; set once counted */
  guint       unit_page;   /* within its unit, from 0 */
  double      y;           /* on the page, points from the top */
  guint       unit;        /* index into the units */
} DossierTarget;

typedef struct
{
  DossierUnitKind   kind;
  guint             section;
  PassendPdfWriter *writer;      /* WRITER, paginated */
  gboolean          own_footer;  /* WRITER: a document with its own footer text */
  PopplerDocument  *document;    /* PDF */
  const DossierPart *part;       /* PDF, IMAGE; the first part otherwise */
  char             *label;       /* printed on embedded pages */
  guint             n_pages;
  guint             first_page;  /* in the dossier, from 1 */
  double            image_width; /* IMAGE: pixels */
  double            image_height;
} DossierUnit;

/* What one write works on: the units of the parts, the targets, the
 * front matter (cover and contents). */
typedef struct
{
  PassendDossier   *dossier;     /* only read */
  GPtrArray        *units;       /* DossierUnit */
  GPtrArray        *targets;     /* DossierTarget, in dossier order */
  PassendPdfWriter *front;       /* cover sheet and contents, paginated */
  guint             n_front;
  guint             n_pages;
  /* The first page of each section with parts; 0 for an empty one. */
  GArray           *section_pages;
  /* Page labels and the running head of the front matter. */
  char             *dossier_title;
} DossierPlan;

void      _passend_dossier_part_free        (gpointer            data);
void      _passend_dossier_plan_free        (DossierPlan        *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPlan, _passend_dossier_plan_free)

/* Turns the parts into units (laying out documents, opening PDFs,
 * checking images), counts the pages and lays out the front matter.
 * passend-dossier-plan.c. */
DossierPlan *_passend_dossier_plan          (PassendDossier     *dossier,
                                             GCancellable       *cancellable,
                                             GError            **error);

/* The front matter: builds plan->front for the numbered units (the
 * cover's checklist shows their pages) and returns its page count, 0
 * with @error. passend-dossier-front.c. */
guint     _passend_dossier_build_front      (DossierPlan        *plan,
                                             GCancellable       *cancellable,
                                             GError            **error);
/* A writer for a run of entries and texts, or a signature page. */
PassendPdfWriter *_passend_dossier_build_run (PassendDossier    *dossier,
                                              const char        *section_label,
                                              GPtrArray         *parts);
PassendPdfWriter *_passend_dossier_build_signatures (PassendDossier    *dossier,
                                                     const char        *section_label,
                                                     const DossierPart *part);
/* The document's running title: "TLV-dossier Jan de Vries". */
char     *_passend_dossier_dup_title        (PassendDossier     *dossier);
const char *_passend_dossier_confidentiality (PassendDossier    *dossier);

/* Opening attached files, and drawing embedded pages with their margin
 * labels. passend-dossier-embed.c. */
PopplerDocument *_passend_dossier_open_pdf  (const DossierPart  *part,
                                             GError            **error);
gboolean  _passend_dossier_check_image      (const DossierPart  *part,
                                             double             *width,
                                             double             *height,
                                             GError            **error);
/* The size of a page of @unit in points, as the dossier prints it. */
void      _passend_dossier_unit_page_size   (DossierUnit        *unit,
                                             guint               index,
                                             double             *width,
                                             double             *height);
/* Draws page @index of a PDF or image unit, then its labels. */
gboolean  _passend_dossier_draw_embedded    (DossierPlan        *plan,
                                             DossierUnit        *unit,
                                             guint               index,
                                             cairo_t            *cr,
                                             PangoContext       *context,
                                             double              width,
                                             double              height,
                                             GError            **error);
/* The confidentiality line at the foot of a writer page. */
void      _passend_dossier_draw_foot_line   (DossierPlan        *plan,
                                             cairo_t            *cr,
                                             PangoContext       *context,
                                             double              width,
                                             double              height);

/* Draws a writer's page with the dossier's numbering (the writer must be
 * paginated); its headings, for the outline. passend-dossier-draw.c. */
void      _passend_dossier_draw_writer_page (PassendPdfWriter   *writer,
                                             cairo_t            *cr,
                                             guint               index,
                                             guint               page_number,
                                             guint               n_pages);
/* The y of the @nth heading of @level in the paginated @writer: its page
 * index (FALSE when there are fewer). */
gboolean  _passend_dossier_find_heading     (PassendPdfWriter   *writer,
                                             int                 level,
                                             guint               nth,
                                             guint              *page,
                                             double             *y);
/* Writes the whole plan as PDF to @write_func. */
gboolean  _passend_dossier_draw             (DossierPlan        *plan,
                                             cairo_write_func_t  write_func,
                                             gpointer            closure,
                                             PassendDossierProgressFunc progress,
                                             gpointer            user_data,
                                             GCancellable       *cancellable,
                                             GError            **error);

/* A layout at 72 dpi on @cr's target, in @font. */
PangoLayout *_passend_dossier_layout        (cairo_t            *cr,
                                             const char         *font,
                                             double              width);

G_END_DECLS
