/* passend-bench-agenda.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-agenda-pdf.h"
#include "passend-consent-rules.h"
#include "passend-bench-agenda.h"
#include "passend-database-agenda.h"
#include "passend-database-meetings.h"

#define N_ITEMS 15

static gint64
flex_zat_kind (PassendDatabase  *database,
               GError          **error)
{
  g_autoptr(GListModel) kinds = passend_database_list_meeting_kinds (database, FALSE, error);

  if (kinds == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (passend_meeting_kind_get_code (kind), "flex-zat") == 0)
        return passend_meeting_kind_get_id (kind);
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no Flex-ZAT meeting kind");
  return 0;
}

/* A day on which some student's consent for discussion with externals
 * holds: the bench school's records lie around its own "today", not the
 * real one. */
static PassendDay
consent_day (PassendDatabase  *database,
             GListModel       *caseload,
             GError          **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      g_autoptr(GPtrArray) consents = passend_database_list_consents (database, passend_student_get_id (student),
                                                                      error);

      if (consents == NULL)
        return PASSEND_DAY_NONE;
      for (guint j = 0; j < consents->len; j++)
        {
          PassendConsent *consent = g_ptr_array_index (consents, j);
          PassendDay day = passend_consent_get_given_on (consent);

          if (passend_consent_get_purpose (consent) == PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL &&
              passend_consent_rules_is_valid_on (consent, day))
            return day;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no student has consent for discussion");
  return PASSEND_DAY_NONE;
}

/* Students with consent first, so partners have items to see, as on a
 * real Flex-ZAT where parents were asked beforehand. */
static gboolean
pick_students (PassendDatabase  *database,
               GListModel       *caseload,
               PassendDay        day,
               gint64           *ids,
               guint            *n_with_consent,
               GError          **error)
{
  guint n = 0;

  for (int pass = 0; pass < 2 && n < N_ITEMS; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (caseload) && n < N_ITEMS; i++)
      {
        g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
        gint64 id = passend_student_get_id (student);
        g_autoptr(GError) local_error = NULL;
        gboolean has_consent;
        gboolean taken = FALSE;

        has_consent = passend_database_has_valid_consent (database, id,
                                                          PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
                                                          NULL, day, &local_error);
        if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return FALSE;
          }
        if (has_consent != (pass == 0))
          continue;
        for (guint j = 0; j < n; j++)
          taken |= ids[j] == id;
        if (taken)
          continue;
        ids[n++] = id;
        if (has_consent)
          (*n_with_consent)++;
      }

  if (n < N_ITEMS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the caseload has fewer than %d students", N_ITEMS);
      return FALSE;
    }
  return TRUE;
}

/* One organisation on every item whose student has consent, as the
 * coordinator adds the sociaal team by hand when the school works with
 * several. */
static gboolean
invite_partner (PassendDatabase  *database,
                const gint64     *item_ids,
                guint             n_items,
                GError          **error)
{
  g_autoptr(GPtrArray) organisations = passend_database_list_consent_partners (database, error);
  gint64 organisation_id;

  if (organisations == NULL)
    return FALSE;
  if (organisations->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the school has no organisations");
      return FALSE;
    }
  organisation_id = passend_organisation_get_id (g_ptr_array_index (organisations, 0));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendMeetingInvitee) invitee = passend_meeting_invitee_new (item_ids[i],
                                                                              PASSEND_MEETING_ROLE_OTHER);
      g_autoptr(GError) local_error = NULL;

      passend_meeting_invitee_set_organisation_id (invitee, organisation_id);
      /* Invited already by the kind's defaults is just as good. */
      if (!passend_database_add_meeting_invitee (database, invitee, &local_error) &&
          !g_error_matches (local_error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

static double
time_render (PassendDatabase        *database,
             gint64                  meeting_id,
             PassendAgendaAudience   audience,
             gint64                  partner_id,
             const char             *output,
             guint                  *n_pages,
             guint                  *n_items,
             GError                **error)
{
  g_autoptr(PassendAgenda) agenda = NULL;
  gint64 start = g_get_monotonic_time ();

  /* What the coordinator waits for: loading and writing the document. */
  agenda = passend_database_load_agenda (database, meeting_id, audience, partner_id, error);
  if (agenda == NULL || !passend_agenda_pdf_write (agenda, output, n_pages, NULL, error))
    return -1;
  *n_items = agenda->items->len;
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

gboolean
passend_bench_agenda (PassendDatabase  *database,
                      GListModel       *caseload,
                      const char       *scratch_dir,
                      int               runs,
                      GArray           *internal_samples,
                      GArray           *partner_samples,
                      guint            *n_pages,
                      guint            *n_partner_items,
                      GError          **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autofree char *output = g_build_filename (scratch_dir, "agenda.pdf", NULL);
  PassendAgendaPartner *partner = NULL;
  gint64 ids[N_ITEMS];
  gint64 item_ids[N_ITEMS];
  guint n_with_consent = 0;
  gint64 kind_id;
  PassendDay day;
  int year, month, day_of_month;
  gboolean ok = FALSE;
  guint n_items = 0;

  kind_id = flex_zat_kind (database, error);
  if (kind_id == 0)
    return FALSE;

  day = consent_day (database, caseload, error);
  if (day == PASSEND_DAY_NONE)
    return FALSE;
  passend_day_get_ymd (day, &year, &month, &day_of_month);
  starts = g_date_time_new_local (year, month, day_of_month, 13, 0, 0);
  if (!pick_students (database, caseload, day, ids, &n_with_consent, error))
    return FALSE;

  meeting = passend_meeting_new (kind_id, g_date_time_to_unix (starts));
  passend_meeting_set_place (meeting, "Lokaal B1.12");
  if (!passend_database_add_meeting (database, meeting, error))
    return FALSE;
  if (!passend_database_add_meeting_items (database, passend_meeting_get_id (meeting), ids, N_ITEMS,
                                          item_ids, error) ||
      !invite_partner (database, item_ids, n_with_consent, error))
    goto out;

  partners = passend_database_list_agenda_partners (database, passend_meeting_get_id (meeting), error);
  if (partners == NULL)
    goto out;
  for (guint i = 0; i < partners->len; i++)
    {
      PassendAgendaPartner *candidate = g_ptr_array_index (partners, i);

      if (partner == NULL || candidate->n_items > partner->n_items)
        partner = candidate;
    }
  if (partner == NULL || partner->n_items == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no partner may see any item");
      goto out;
    }

  for (int run = 0; run < runs; run++)
    {
      double ms = time_render (database, passend_meeting_get_id (meeting), PASSEND_AGENDA_AUDIENCE_INTERNAL, 0,
                               output, n_pages, &n_items, error);

      if (ms < 0)
        goto out;
      g_array_append_val (internal_samples, ms);

      ms = time_render (database, passend_meeting_get_id (meeting), partner->audience, partner->id,
                        output, NULL, n_partner_items, error);
      if (ms < 0)
        goto out;
      g_array_append_val (partner_samples, ms);
    }
  ok = n_items == N_ITEMS;
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the agenda has %u items, not %d", n_items, N_ITEMS);

out:
  g_unlink (output);
  /* The bench school stays as it was for the next run. */
  if (!passend_database_remove_meeting (database, passend_meeting_get_id (meeting), ok ? error : NULL))
    ok = FALSE;
  return ok;
}
