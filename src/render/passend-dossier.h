/* passend-dossier.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-date.h"
#include "passend-opp-pdf.h"
#include "passend-pdf-writer.h"

G_BEGIN_DECLS

/* The TLV dossier as one Dutch PDF (DOMAIN.md §10.12): a cover sheet with
 * the student, the school, the SWV, the request and the checklist; a
 * table of contents whose entries are links; then the sections in
 * checklist order, each holding its parts — the frozen OPP as the OPP
 * renderer draws it, timeline entries and minutes, attached PDFs copied
 * as vectors and text (not as images), images, a signature page. Every
 * page, embedded ones included, carries "pagina X van Y" of the whole
 * dossier and a confidentiality line; embedded pages also a small label
 * naming their section. The PDF outline has a bookmark per section and
 * per part.
 *
 * Describe the dossier with passend_dossier_new() and the _add_ calls
 * (sections first, each followed by its parts), then write it. The
 * description holds its own copies (strings, GBytes references, the
 * writers of documents), so the caller's data may change afterwards; do
 * not add parts while a write is running. Nothing is read from the store
 * here: the caller (the command line, the TLV page) collects the parts. */

#define PASSEND_DOSSIER_ERROR (passend_dossier_error_quark ())

typedef enum
{
  /* An attached PDF or image does not open: not what it claims, cut off,
   * or protected with a password. The message names the part. */
  PASSEND_DOSSIER_ERROR_DAMAGED,
  /* A document part could not be laid out, or the file not written. */
  PASSEND_DOSSIER_ERROR_FAILED,
} PassendDossierError;

/* The cover sheet. Texts are printed as given (Dutch); NULL or
 * PASSEND_DAY_NONE leave a line out or print a dash. */
typedef struct
{
  const char *student_name;         /* "Jan de Vries" */
  const char *student_number;       /* LVS number */
  PassendDay  student_birth_date;
  const char *student_group;        /* klas */
  const char *school_name;          /* also the author in the metadata */
  const char *school_city;
  const char *coordinator_name;     /* contact person on the cover */
  const char *swv_name;             /* samenwerkingsverband */
  /* The request. */
  const char *kind;                 /* "vso cluster 4", "praktijkonderwijs" */
  const char *category;             /* bekostigingscategorie: "laag" … */
  PassendDay  requested_start;
  PassendDay  requested_end;
  gboolean    is_extension;         /* verlenging rather than a first TLV */
  const char *target_school;
  gboolean    registered_at_target;
  const char *preceding_meeting;    /* "Flex-ZAT", "MDO"; NULL: "Flex-ZAT/MDO" */
  PassendDay  preceding_meeting_on;
  /* The dossier's date. */
  PassendDay  day;
} PassendDossierCover;

/* Everything empty. */
void            passend_dossier_cover_init          (PassendDossierCover        *cover);

/* One name on the signature page. */
typedef struct
{
  const char *role;  /* "Ouder/verzorger (met gezag)", "Leerling", "Directeur" */
  const char *name;  /* NULL or "": a line to write the name on */
} PassendDossierSigner;

/* Called on the thread that writes, after each page, with the fraction
 * done (0–1). Cancelling the write's GCancellable from here stops it. */
typedef void (*PassendDossierProgressFunc) (double   fraction,
                                            gpointer user_data);

#define PASSEND_TYPE_DOSSIER (passend_dossier_get_type ())

G_DECLARE_FINAL_TYPE (PassendDossier, passend_dossier, PASSEND, DOSSIER, GObject)

GQuark          passend_dossier_error_quark         (void);

/* @cover is copied. */
PassendDossier *passend_dossier_new                 (const PassendDossierCover  *cover);

/* The school's logo on the cover sheet (a PNG); NULL for none. */
void            passend_dossier_set_logo            (PassendDossier             *self,
                                                     GBytes                     *png);
/* The creation date in the metadata; NULL (the default) means the moment
 * of writing. Give a sent dossier its sending day, so assembling it again
 * from the same parts gives an equivalent file. */
void            passend_dossier_set_creation_date   (PassendDossier             *self,
                                                     GDateTime                  *creation_date);
/* The line at the foot of every page; NULL: the default ("Vertrouwelijk
 * — bevat bijzondere persoonsgegevens van een minderjarige …"). */
void            passend_dossier_set_confidentiality (PassendDossier             *self,
                                                     const char                 *text);

/* Starts a section (a checklist item, "Deskundigenadviezen", "Zienswijze
 * ouders en leerling" …); the parts added next belong to it. A section
 * without parts is listed on the cover as missing ("ontbreekt") and
 * left out of the rest. Returns its number, from 1. */
guint           passend_dossier_add_section         (PassendDossier             *self,
                                                     const char                 *label);

/* Parts. Each needs a section first. @title names the part in the table
 * of contents, the outline and the label on embedded pages. */

/* Any laid-out document (an agenda, minutes from passend_minutes_pdf_build,
 * a chronology): its pages are drawn with the dossier's numbering, its
 * own header and footer text kept. Takes a reference to @writer; do not
 * use @writer elsewhere while the dossier is written. */
void            passend_dossier_add_document        (PassendDossier             *self,
                                                     const char                 *title,
                                                     PassendPdfWriter           *writer);
/* The frozen OPP as the OPP renderer prints it (passend_opp_pdf_build()
 * with @logo and @options, NULL for the defaults); FALSE with @error
 * when it cannot be laid out. */
gboolean        passend_dossier_add_opp             (PassendDossier             *self,
                                                     const char                 *title,
                                                     PassendOppDocument         *document,
                                                     GBytes                     *logo,
                                                     const PassendOppPdfOptions *options,
                                                     GError                    **error);
/* A timeline entry: its day, kind ("Gesprek met ouders"), title and text.
 * Entries and minutes added one after another in a section flow on
 * together, oldest first as added. */
void            passend_dossier_add_entry           (PassendDossier             *self,
                                                     PassendDay                  day,
                                                     const char                 *kind_label,
                                                     const char                 *title,
                                                     const char                 *text);
/* Minutes or any other text block (a zienswijze): a title ("Flex-ZAT
 * 12-10-2026 — verslag"), a day and the text. */
void            passend_dossier_add_text            (PassendDossier             *self,
                                                     const char                 *title,
                                                     PassendDay                  day,
                                                     const char                 *text);
/* An attached PDF, copied page by page as vectors and text; pages up to
 * A4 keep their size, larger ones are scaled onto A4. @file_name names
 * it in errors. Checked when the dossier is written: a damaged file
 * stops the whole dossier (PASSEND_DOSSIER_ERROR_DAMAGED). */
void            passend_dossier_add_pdf             (PassendDossier             *self,
                                                     const char                 *title,
                                                     const char                 *file_name,
                                                     GBytes                     *content);
/* A PNG or JPEG image, on an A4 page of its own, scaled to fit. */
void            passend_dossier_add_image           (PassendDossier             *self,
                                                     const char                 *title,
                                                     const char                 *file_name,
                                                     GBytes                     *content);
/* A signature page: @statement (NULL: the default declaration that the
 * signers know the dossier and agree with the request) and, per signer,
 * the role and name filled in with empty lines for date, place and
 * signature. */
void            passend_dossier_add_signatures      (PassendDossier             *self,
                                                     const char                 *title,
                                                     const char                 *statement,
                                                     const PassendDossierSigner *signers,
                                                     guint                       n_signers);

guint           passend_dossier_get_n_sections      (PassendDossier             *self);
guint           passend_dossier_get_n_parts         (PassendDossier             *self);

/* Writes the dossier to @path atomically: a private temporary file (mode
 * 0600) in the same folder, renamed over @path at the end; on an error or
 * cancellation it is removed and @path is untouched. @progress (may be
 * NULL) is called on this thread. *@n_pages (may be NULL) receives the
 * page count. */
gboolean        passend_dossier_write               (PassendDossier             *self,
                                                     const char                 *path,
                                                     PassendDossierProgressFunc  progress,
                                                     gpointer                    user_data,
                                                     guint                      *n_pages,
                                                     GCancellable               *cancellable,
                                                     GError                    **error);
/* The same in a worker thread. Meanwhile the "progress" property (0–1)
 * is updated and notified on the main context of the caller. */
void            passend_dossier_write_async         (PassendDossier             *self,
                                                     const char                 *path,
                                                     GCancellable               *cancellable,
                                                     GAsyncReadyCallback         callback,
                                                     gpointer                    user_data);
gboolean        passend_dossier_write_finish        (PassendDossier             *self,
                                                     GAsyncResult               *result,
                                                     guint                      *n_pages,
                                                     GError                    **error);
/* Of the write running now or the last one: 0 before. */
double          passend_dossier_get_progress        (PassendDossier             *self);

/* After a successful write: the page count and the SHA-256 (hex) of the
 * file's bytes (as passend_database_send_tlv_dossier() records it);
 * 0 and NULL before. */
guint           passend_dossier_get_n_pages         (PassendDossier             *self);
const char     *passend_dossier_get_sha256          (PassendDossier             *self);

/* A file name to offer: "TLV-dossier Jan de Vries 2026-11-23.pdf"
 * (characters a file system refuses replaced). */
char           *passend_dossier_suggest_file_name   (PassendDossier             *self);

G_END_DECLS
