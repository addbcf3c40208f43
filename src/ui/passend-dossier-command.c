/* passend-dossier-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-database-opp.h"
#include "passend-dossier-command.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define COMMAND     "passend export-dossier"

/* Collecting the parts (the printed words are Dutch, as in every
 * document) */

typedef struct
{
  PassendDatabase       *database;
  PassendTlvDossierData *data;
  PassendDossier        *dossier;
  PassendStudent        *student;
  GBytes                *logo;
  PassendOppRules        rules;
  const char            *school_city;
} Collect;

static char *
dup_guardian_name (PassendGuardian *guardian)
{
  const char *parts[] = {
    passend_guardian_get_voorletters (guardian),
    passend_guardian_get_tussenvoegsel (guardian),
    passend_guardian_get_achternaam (guardian),
  };
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", parts[i]);

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* Guardians with gezag (one, or all as the SWV's rule says), the student
 * from the SWV's age, and the director with a line for the name. */
static void
add_signature_page (Collect *collect)
{
  const PassendTlvSwvRule *rule = &collect->data->rule;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) signers = g_array_new (FALSE, TRUE, sizeof (PassendDossierSigner));
  PassendDossierSigner signer;
  int age;

  guardians = passend_database_list_guardians (collect->database, passend_student_get_id (collect->student), NULL);
  for (guint i = 0; guardians != NULL && i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

      if (!passend_guardian_get_has_authority (guardian))
        continue;
      g_ptr_array_add (names, dup_guardian_name (guardian));
      signer.role = "Ouder/verzorger (met gezag)";
      signer.name = g_ptr_array_index (names, names->len - 1);
      g_array_append_val (signers, signer);
      if (!rule->all_guardians_sign)
        break;
    }

  age = passend_day_age_on (passend_student_get_birth_date (collect->student), collect->data->day);
  if (age < 0 || age >= rule->student_signs_from)
    {
      signer.role = "Leerling";
      signer.name = passend_student_get_display_name (collect->student);
      g_array_append_val (signers, signer);
    }

  signer.role = "Directeur";
  signer.name = NULL;
  g_array_append_val (signers, signer);

  passend_dossier_add_signatures (collect->dossier, "Handtekeningen", NULL,
                                  (const PassendDossierSigner *) signers->data, signers->len);
}

static gboolean
add_file (Collect     *collect,
          const char  *title,
          const char  *file_name,
          const char  *media_type,
          const char  *sha256,
          GError     **error)
{
  g_autoptr(GBytes) content = passend_database_load_attachment (collect->database, sha256, error);

  if (content == NULL)
    return FALSE;

  /* The assembler checks the content itself; the type only picks the
   * kind of page. */
  if (g_strcmp0 (media_type, "application/pdf") == 0)
    passend_dossier_add_pdf (collect->dossier, title, file_name, content);
  else
    passend_dossier_add_image (collect->dossier, title, file_name, content);
  return TRUE;
}

static gboolean
add_part (Collect         *collect,
          PassendTlvPart  *part,
          GError         **error)
{
  const char *title = passend_tlv_part_get_title (part);
  g_autoptr(PassendOppDocument) document = NULL;
  PassendOppPdfOptions options;

  switch (passend_tlv_part_get_kind (part))
    {
    case PASSEND_TLV_PART_OPP_VERSION:
      document = passend_database_load_opp (collect->database, passend_tlv_part_get_target_id (part), error);
      if (document == NULL)
        return FALSE;
      passend_opp_pdf_options_init (&options);
      options.school_city = collect->school_city;
      options.rules = &collect->rules;
      return passend_dossier_add_opp (collect->dossier, title, document, collect->logo, &options, error);

    case PASSEND_TLV_PART_ENTRY:
    case PASSEND_TLV_PART_MINUTES:
      passend_dossier_add_text (collect->dossier, title, passend_tlv_part_get_day (part),
                                passend_tlv_part_get_text (part));
      return TRUE;

    case PASSEND_TLV_PART_ATTACHMENT:
    case PASSEND_TLV_PART_FILE:
      return add_file (collect, title, passend_tlv_part_get_file_name (part),
                       passend_tlv_part_get_media_type (part), passend_tlv_part_get_sha256 (part), error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Only written advices can be printed; in strict mode the section stays,
 * so the cover shows it as missing. */
static gboolean
add_advices (Collect  *collect,
             GError  **error)
{
  PassendTlvDossierData *data = collect->data;
  gboolean any = FALSE;

  for (guint i = 0; i < data->advices->len; i++)
    any |= passend_tlv_advice_has_file (g_ptr_array_index (data->advices, i));
  if (!any && !data->rule.strict_advice)
    return TRUE;

  passend_dossier_add_section (collect->dossier, "Deskundigenadviezen");
  for (guint i = 0; i < data->advices->len; i++)
    {
      PassendTlvAdvice *advice = g_ptr_array_index (data->advices, i);
      g_autofree char *title = NULL;

      if (!passend_tlv_advice_has_file (advice))
        continue;
      title = g_strdup_printf ("Advies %s (%s)", passend_tlv_advice_get_name (advice),
                               passend_tlv_discipline_get_dutch (passend_tlv_advice_get_discipline (advice)));
      if (!add_file (collect, title, passend_tlv_advice_get_file_name (advice),
                     passend_tlv_advice_get_media_type (advice), passend_tlv_advice_get_sha256 (advice), error))
        return FALSE;
    }

  return TRUE;
}

static void
init_cover (Collect             *collect,
            PassendSchool       *school,
            PassendDossierCover *cover)
{
  PassendTlvRequest *request = collect->data->request;
  g_autoptr(PassendMeeting) meeting = NULL;
  gint64 meeting_id = passend_tlv_request_get_preceding_meeting_id (request);

  if (meeting_id != 0)
    meeting = passend_database_get_meeting (collect->database, meeting_id, NULL);

  passend_dossier_cover_init (cover);
  cover->student_name = passend_student_get_display_name (collect->student);
  cover->student_number = passend_student_get_lvs_number (collect->student);
  cover->student_birth_date = passend_student_get_birth_date (collect->student);
  cover->student_group = passend_student_get_class_name (collect->student);
  cover->school_name = collect->data->school_name;
  cover->school_city = collect->school_city;
  cover->coordinator_name = passend_school_get_coordinator_name (school);
  cover->swv_name = passend_tlv_request_get_swv_name (request);
  cover->kind = passend_tlv_kind_get_dutch (passend_tlv_request_get_kind (request));
  cover->category = passend_tlv_category_get_dutch (passend_tlv_request_get_category (request));
  cover->requested_start = passend_tlv_request_get_requested_start (request);
  cover->requested_end = passend_tlv_request_get_requested_end (request);
  cover->is_extension = passend_tlv_request_get_is_extension (request);
  cover->target_school = passend_tlv_request_get_target_school_name (request);
  cover->registered_at_target = passend_tlv_request_get_registered_at_target (request);
  /* The strings are copied by passend_dossier_new(), before the meeting
   * goes. */
  cover->preceding_meeting = meeting != NULL ? passend_meeting_get_kind_name (meeting) : NULL;
  cover->preceding_meeting_on = meeting != NULL ? passend_meeting_get_day (meeting)
                                                : passend_tlv_request_get_preceding_meeting_on (request);
  cover->day = collect->data->day;

  collect->dossier = passend_dossier_new (cover);
}

static gboolean
add_sections (Collect  *collect,
              GError  **error)
{
  PassendTlvDossierData *data = collect->data;
  gboolean advices_added = FALSE;

  for (guint i = 0; i < data->items->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (data->items, i);
      g_autoptr(GPtrArray) parts = passend_tlv_dossier_data_get_item_parts (data,
                                                                            passend_tlv_checklist_item_get_id (item));

      passend_dossier_add_section (collect->dossier, passend_tlv_checklist_item_get_label (item));
      for (guint j = 0; j < parts->len; j++)
        if (!add_part (collect, g_ptr_array_index (parts, j), error))
          return FALSE;
      if (parts->len == 0 && passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_SIGNATURES)
        add_signature_page (collect);

      /* The advices follow the OPP they advise on. */
      if (!advices_added && passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_OPP)
        {
          if (!add_advices (collect, error))
            return FALSE;
          advices_added = TRUE;
        }
    }

  return advices_added || add_advices (collect, error);
}

PassendDossier *
passend_dossier_command_build (PassendDatabase        *database,
                               PassendTlvDossierData  *data,
                               GError                **error)
{
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autofree char *media_type = NULL;
  Collect collect = { database, data, NULL, NULL, NULL, { 0, }, NULL };
  PassendDossierCover cover;
  const char *parents_view, *student_view;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (data != NULL && data->request != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  school = passend_database_get_school (database, error);
  student = school != NULL
            ? passend_database_get_student (database, passend_tlv_request_get_student_id (data->request), error)
            : NULL;
  if (student == NULL || !passend_database_load_opp_rules (database, &collect.rules, error))
    return NULL;
  logo = passend_database_get_school_logo (database, &media_type, error);
  if (logo == NULL && error != NULL && *error != NULL)
    return NULL;
  if (logo != NULL && g_strcmp0 (media_type, "image/png") != 0)
    g_clear_pointer (&logo, g_bytes_unref);

  collect.student = student;
  collect.logo = logo;
  collect.school_city = passend_school_get_city (school);
  init_cover (&collect, school, &cover);
  if (logo != NULL)
    passend_dossier_set_logo (collect.dossier, logo);

  if (!add_sections (&collect, error))
    {
      g_object_unref (collect.dossier);
      return NULL;
    }

  parents_view = passend_tlv_request_get_parents_view (data->request);
  student_view = passend_tlv_request_get_student_view (data->request);
  if (parents_view[0] != '\0' || student_view[0] != '\0')
    {
      passend_dossier_add_section (collect.dossier, "Zienswijze ouders en leerling");
      if (parents_view[0] != '\0')
        passend_dossier_add_text (collect.dossier, "Zienswijze ouders", PASSEND_DAY_NONE, parents_view);
      if (student_view[0] != '\0')
        passend_dossier_add_text (collect.dossier, "Zienswijze leerling", PASSEND_DAY_NONE, student_view);
    }

  return collect.dossier;
}

/* The command */

static int
usage_error (const char *message)
{
  g_printerr ("passend: %s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), COMMAND);
  return EXIT_USAGE;
}

static int
fail (const char *message)
{
  g_printerr ("passend: %s\n", message);
  return EXIT_FAILED;
}

/* The request @request_id of @student_id, or the newest when 0. */
static gint64
pick_request (PassendDatabase  *database,
              gint64            student_id,
              const char       *lvs_number,
              gint64            request_id,
              char            **message)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;

  requests = passend_database_list_tlv_requests (database, student_id, &error);
  if (requests == NULL)
    {
      *message = g_strdup (error->message);
      return 0;
    }
  if (requests->len == 0)
    {
      *message = g_strdup_printf (_("Student %s has no TLV request"), lvs_number);
      return 0;
    }
  if (request_id == 0)
    return passend_tlv_request_get_id (g_ptr_array_index (requests, 0));

  for (guint i = 0; i < requests->len; i++)
    if (passend_tlv_request_get_id (g_ptr_array_index (requests, i)) == request_id)
      return request_id;

  number = g_strdup_printf ("%" G_GINT64_FORMAT, request_id);
  /* TRANSLATORS: "Student 123456 has no TLV request 7" */
  *message = g_strdup_printf (_("Student %s has no TLV request %s"), lvs_number, number);
  return 0;
}

static int
export_dossier (const char *database_path,
                const char *lvs_number,
                gint64      request_id,
                const char *output)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendTlvDossierData) data = NULL;
  g_autoptr(PassendDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *pages_text = NULL;
  gint64 student_id;
  guint n_pages = 0;
  guint n_open = 0;

  /* Opening would create an empty database where a path was mistyped. */
  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      message = g_strdup_printf (_("“%s” does not exist"), database_path);
      return fail (message);
    }

  database = passend_database_open (database_path, &error);
  if (database == NULL)
    {
      message = g_strdup_printf (_("Cannot open “%s”: %s"), database_path, error->message);
      return fail (message);
    }

  student_id = passend_database_find_student_id (database, lvs_number, &error);
  if (student_id == 0)
    return fail (error->message);

  request_id = pick_request (database, student_id, lvs_number, request_id, &message);
  if (request_id == 0)
    return fail (message);

  data = passend_database_load_tlv_dossier_data (database, request_id, &error);
  dossier = data != NULL ? passend_dossier_command_build (database, data, &error) : NULL;
  if (dossier == NULL)
    return fail (error->message);

  if (!passend_dossier_write (dossier, output, NULL, NULL, &n_pages, NULL, &error))
    {
      message = g_strdup_printf (_("Cannot export the dossier to “%s”: %s"), output, error->message);
      return fail (message);
    }

  /* No export without its audit row; never the name or the file name. */
  if (!passend_database_log_export (database, "tlv-dossier", 1, &error))
    g_printerr ("passend: %s\n", error->message);

  pages_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  /* TRANSLATORS: "Wrote dossier.pdf: 23 pages" */
  g_print (_("Wrote %s: %s\n"), output, pages_text);

  /* A draft may be exported, but not without saying what it lacks. */
  for (guint i = 0; i < data->problems->len; i++)
    if (!passend_tlv_problem_is_warning (g_ptr_array_index (data->problems, i)))
      n_open++;
  if (n_open > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "The dossier is not complete yet: %u requirement is not met\n",
                          "The dossier is not complete yet: %u requirements are not met\n", n_open),
             n_open);
  return EXIT_SUCCESS;
}

int
passend_dossier_command_run (int    argc,
                             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *student = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message = NULL;
  gint64 request = 0;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to read"), N_("FILE") },
    { "student", 's', 0, G_OPTION_ARG_STRING, &student,
      N_("The student’s LVS number"), N_("LVSNR") },
    { "request", 'r', 0, G_OPTION_ARG_INT64, &request,
      N_("The TLV request to export (default: the newest)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Writes a student’s TLV dossier as one Dutch PDF: a cover "
                                           "sheet with the checklist, a table of contents, the OPP, "
                                           "the reports and minutes, and a signature page."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname (COMMAND);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_("Unexpected argument “%s”"), argv[1]);
      return usage_error (message);
    }
  if (database == NULL)
    return usage_error (_("Say which database to read with --database FILE"));
  if (student == NULL)
    return usage_error (_("Say whose dossier to export with --student LVSNR"));
  if (output == NULL)
    return usage_error (_("Say where to write the dossier with --output FILE"));
  if (request < 0)
    return usage_error (_("--request must be a request’s number"));

  return export_dossier (database, student, request, output);
}
