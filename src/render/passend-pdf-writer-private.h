/* passend-pdf-writer-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-pdf-layout-private.h"
#include "passend-pdf-writer.h"

G_BEGIN_DECLS

struct _PassendPdfWriter
{
  GObject    parent_instance;

  char      *title;
  char      *author;
  char      *subject;
  char      *footer_text;
  char      *header_text;
  char      *watermark;
  GDateTime *creation_date;
  GPtrArray *blocks;      /* PassendPdfBlock */
  guint      n_pages;

  PassendPdfBlock *open_table;  /* borrowed from blocks */
  double           key_width;   /* 0: as wide as the widest key */
  gboolean         keeping;
  /* The last passend_pdf_writer_paginate(), for draw_page(). */
  PassendPdfPages *pages;
  PangoContext    *context;
};

/* Appends @block (taking it); anything but a table ends an open table. */
void _passend_pdf_writer_add_block  (PassendPdfWriter *self,
                                     PassendPdfBlock  *block);
/* Forgets the last pagination: the blocks changed. */
void _passend_pdf_writer_drop_pages (PassendPdfWriter *self);

G_END_DECLS
