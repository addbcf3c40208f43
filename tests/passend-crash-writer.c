/* passend-crash-writer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The victim of test-store-crash: writes one transaction after another to
 * the database named on the command line until it is killed. Each
 * transaction is a student with two guardians, a timeline entry and an
 * attachment, committed as one batch; after each commit its sequence
 * number (the student count) is written to stdout and flushed, so the
 * parent knows what was committed before the kill. */

#include "config.h"

#include <stdio.h>

#include "passend-database.h"

static gboolean
add_guardian (PassendDatabase  *database,
              gint64            student_id,
              const char       *relation,
              const char       *achternaam,
              GError          **error)
{
  g_autoptr(PassendGuardian) guardian = passend_guardian_new ();

  passend_guardian_set_student_id (guardian, student_id);
  passend_guardian_set_relation (guardian, relation);
  passend_guardian_set_achternaam (guardian, achternaam);
  passend_guardian_set_email (guardian, "ouder@example.org");
  return passend_database_add_guardian (database, guardian, error);
}

/* An attachment large enough to span many pages, different per sequence
 * number so no blob is shared between transactions. */
static GBytes *
make_report (gint64 sequence,
             GRand *rand)
{
  gsize size = 4096 + g_rand_int_range (rand, 0, 60000);
  guint8 *bytes = g_malloc (size);
  int header;

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  header = g_snprintf ((char *) bytes, size, "%%PDF-1.4 verslag %" G_GINT64_FORMAT "\n", sequence);
  g_assert (header > 0);

  return g_bytes_new_take (bytes, size);
}

static gboolean
write_one (PassendDatabase  *database,
           gint64            sequence,
           GRand            *rand,
           GError          **error)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GBytes) report = make_report (sequence, rand);
  g_autofree char *lvs_number = g_strdup_printf ("%" G_GINT64_FORMAT, 500000 + sequence);
  g_autofree char *body = g_strnfill (200 + g_rand_int_range (rand, 0, 4000), 'x');
  g_autofree char *sha256 = NULL;
  gint64 student_id;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  passend_student_set_class_name (student, "2B");
  passend_student_set_year (student, 2);

  if (!passend_database_begin_batch (database, error))
    return FALSE;

  if (!passend_database_add_student (database, student, error))
    goto failed;
  student_id = passend_student_get_id (student);

  if (!add_guardian (database, student_id, "moeder", "Jansen", error) ||
      !add_guardian (database, student_id, "vader", "de Vries", error))
    goto failed;

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000 + sequence);
  passend_timeline_entry_set_title (entry, "Verslag onderzoek");
  passend_timeline_entry_set_body (entry, body);
  if (!passend_database_add_entry (database, entry, error))
    goto failed;

  sha256 = passend_database_add_attachment (database, passend_timeline_entry_get_id (entry),
                                            "verslag.pdf", "application/pdf", report, error);
  if (sha256 == NULL)
    goto failed;

  return passend_database_commit_batch (database, error);

failed:
  passend_database_rollback_batch (database);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  gint64 sequence;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DATABASE SEED\n", argv[0]);
      return 2;
    }

  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));

  database = passend_database_open (argv[1], &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Every transaction adds exactly one student, so the count is the
   * sequence number of the last one committed. */
  sequence = passend_database_count (database, "students", &error);
  if (sequence < 0)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (;;)
    {
      sequence++;
      if (!write_one (database, sequence, rand, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("%" G_GINT64_FORMAT "\n", sequence);
      fflush (stdout);
    }
}
