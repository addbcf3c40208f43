/* passend-dossier-plan.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-dossier-private.h"

/* Before a byte is written, every part becomes a unit of pages: documents
 * are laid out, attached PDFs opened, images checked. Then the pages are
 * counted, so the table of contents and every footer can say where
 * everything is and how many pages there are. A damaged attachment stops
 * here, and no file is created. */

#define MAX_FRONT_TRIES 4

static void
unit_free (gpointer data)
{
  DossierUnit *unit = data;

  g_clear_object (&unit->writer);
  g_clear_object (&unit->document);
  g_free (unit->label);
  g_free (unit);
}

static void
target_free (gpointer data)
{
  DossierTarget *target = data;

  g_free (target->title);
  g_free (target->dest);
  g_free (target);
}

void
_passend_dossier_plan_free (DossierPlan *plan)
{
  g_ptr_array_unref (plan->units);
  g_ptr_array_unref (plan->targets);
  g_clear_object (&plan->front);
  g_array_unref (plan->section_pages);
  g_free (plan->dossier_title);
  g_free (plan);
}

static const char *
section_label (PassendDossier *dossier,
               guint           section)
{
  return g_ptr_array_index (dossier->sections, section);
}

/* "3. Onderzoeksverslagen": the number of the cover's checklist. */
static char *
numbered_label (PassendDossier *dossier,
                guint           section)
{
  return g_strdup_printf ("%u. %s", section + 1, section_label (dossier, section));
}

static DossierTarget *
add_target (DossierPlan *plan,
            int          level,
            const char  *title,
            guint        unit,
            guint        unit_page,
            double       y)
{
  DossierTarget *target = g_new0 (DossierTarget, 1);

  target->level = level;
  target->title = g_strdup (title);
  target->dest = g_strdup_printf ("doel-%u", plan->targets->len + 1);
  target->unit = unit;
  target->unit_page = unit_page;
  target->y = y;
  g_ptr_array_add (plan->targets, target);
  return target;
}

static DossierUnit *
add_unit (DossierPlan       *plan,
          DossierUnitKind    kind,
          const DossierPart *part)
{
  DossierUnit *unit = g_new0 (DossierUnit, 1);
  g_autofree char *section = numbered_label (plan->dossier, part->section);

  unit->kind = kind;
  unit->section = part->section;
  unit->part = part;
  unit->label = g_strdup_printf ("%s · %s", section, part->title);
  g_ptr_array_add (plan->units, unit);
  return unit;
}

static gboolean
paginate (DossierUnit       *unit,
          const DossierPart *part,
          GCancellable      *cancellable,
          GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  unit->n_pages = passend_pdf_writer_paginate (unit->writer, cancellable, &local_error);
  if (unit->n_pages > 0)
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_FAILED,
                 /* TRANSLATORS: the part of the dossier, then why. */
                 _("“%s” could not be laid out: %s"), part->title,
                 local_error != NULL ? local_error->message : _("it has no pages"));
  return FALSE;
}

/* Entries and texts next to each other in one section flow on together;
 * returns the index after the run. */
static guint
plan_run (DossierPlan   *plan,
          guint          first,
          GCancellable  *cancellable,
          GError       **error)
{
  PassendDossier *dossier = plan->dossier;
  const DossierPart *part = g_ptr_array_index (dossier->parts, first);
  g_autoptr(GPtrArray) run = g_ptr_array_new ();
  g_autofree char *label = NULL;
  DossierUnit *unit;
  guint unit_index = plan->units->len;
  guint end = first;

  while (end < dossier->parts->len)
    {
      const DossierPart *next = g_ptr_array_index (dossier->parts, end);

      if (next->section != part->section ||
          (next->kind != DOSSIER_PART_ENTRY && next->kind != DOSSIER_PART_TEXT))
        break;
      g_ptr_array_add (run, (gpointer) next);
      end++;
    }

  label = numbered_label (dossier, part->section);
  unit = add_unit (plan, DOSSIER_UNIT_WRITER, part);
  unit->writer = _passend_dossier_build_run (dossier, label, run);
  if (!paginate (unit, part, cancellable, error))
    return 0;

  for (guint i = 0; i < run->len; i++)
    {
      const DossierPart *member = g_ptr_array_index (run, i);
      guint page = 0;
      double y = 0;

      if (!_passend_dossier_find_heading (unit->writer, 2, i, &page, &y))
        page = 0, y = 0;
      add_target (plan, 2, member->title, unit_index, page, y);
    }

  return end;
}

static gboolean
plan_part (DossierPlan        *plan,
           const DossierPart  *part,
           GCancellable       *cancellable,
           GError            **error)
{
  PassendDossier *dossier = plan->dossier;
  g_autofree char *label = NULL;
  DossierUnit *unit;
  guint unit_index = plan->units->len;

  switch (part->kind)
    {
    case DOSSIER_PART_DOCUMENT:
      unit = add_unit (plan, DOSSIER_UNIT_WRITER, part);
      unit->writer = g_object_ref (part->writer);
      unit->own_footer = TRUE;
      if (!paginate (unit, part, cancellable, error))
        return FALSE;
      break;

    case DOSSIER_PART_SIGNATURES:
      label = numbered_label (dossier, part->section);
      unit = add_unit (plan, DOSSIER_UNIT_WRITER, part);
      unit->writer = _passend_dossier_build_signatures (dossier, label, part);
      if (!paginate (unit, part, cancellable, error))
        return FALSE;
      break;

    case DOSSIER_PART_PDF:
      unit = add_unit (plan, DOSSIER_UNIT_PDF, part);
      unit->document = _passend_dossier_open_pdf (part, error);
      if (unit->document == NULL)
        return FALSE;
      unit->n_pages = poppler_document_get_n_pages (unit->document);
      break;

    case DOSSIER_PART_IMAGE:
      unit = add_unit (plan, DOSSIER_UNIT_IMAGE, part);
      if (!_passend_dossier_check_image (part, &unit->image_width, &unit->image_height, error))
        return FALSE;
      unit->n_pages = 1;
      break;

    case DOSSIER_PART_ENTRY:
    case DOSSIER_PART_TEXT:
    default:
      g_assert_not_reached ();
    }

  add_target (plan, 2, part->title, unit_index, 0, 0);
  return TRUE;
}

/* Gives every unit, target and section its page, with @n_front pages of
 * front matter before them; returns the total. */
static guint
number_pages (DossierPlan *plan,
              guint        n_front)
{
  guint next = n_front + 1;

  for (guint i = 0; i < plan->units->len; i++)
    {
      DossierUnit *unit = g_ptr_array_index (plan->units, i);

      unit->first_page = next;
      next += unit->n_pages;
    }

  for (guint i = 0; i < plan->section_pages->len; i++)
    g_array_index (plan->section_pages, guint, i) = 0;

  for (guint i = 0; i < plan->targets->len; i++)
    {
      DossierTarget *target = g_ptr_array_index (plan->targets, i);
      DossierUnit *unit = g_ptr_array_index (plan->units, target->unit);
      guint *section_page = &g_array_index (plan->section_pages, guint, unit->section);

      target->page = unit->first_page + target->unit_page;
      if (*section_page == 0)
        *section_page = target->page;
    }

  return next - 1;
}

DossierPlan *
_passend_dossier_plan (PassendDossier  *dossier,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(DossierPlan) plan = g_new0 (DossierPlan, 1);
  guint n_front = 2;
  guint i = 0;

  plan->dossier = dossier;
  plan->units = g_ptr_array_new_with_free_func (unit_free);
  plan->targets = g_ptr_array_new_with_free_func (target_free);
  plan->section_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (plan->section_pages, dossier->sections->len);
  plan->dossier_title = _passend_dossier_dup_title (dossier);

  while (i < dossier->parts->len)
    {
      const DossierPart *part = g_ptr_array_index (dossier->parts, i);
      gboolean starts_section = i == 0 ||
        ((const DossierPart *) g_ptr_array_index (dossier->parts, i - 1))->section != part->section;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      /* The section's bookmark points where its first part starts. */
      if (starts_section)
        {
          g_autofree char *label = numbered_label (dossier, part->section);

          add_target (plan, 1, label, plan->units->len, 0, 0);
        }

      if (part->kind == DOSSIER_PART_ENTRY || part->kind == DOSSIER_PART_TEXT)
        {
          i = plan_run (plan, i, cancellable, error);
          if (i == 0)
            return NULL;
        }
      else
        {
          if (!plan_part (plan, part, cancellable, error))
            return NULL;
          i++;
        }
    }

  /* The front matter shows page numbers, and its own length moves them:
   * lay it out until the guess holds (a longer number never adds a line). */
  for (guint tries = 1;; tries++)
    {
      guint n;

      plan->n_pages = number_pages (plan, n_front);
      n = _passend_dossier_build_front (plan, cancellable, error);
      if (n == 0)
        return NULL;
      if (n == n_front || tries == MAX_FRONT_TRIES)
        {
          n_front = n;
          break;
        }
      n_front = n;
    }

  plan->n_front = n_front;
  plan->n_pages = number_pages (plan, n_front);
  return g_steal_pointer (&plan);
}
