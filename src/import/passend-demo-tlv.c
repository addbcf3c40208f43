/* passend-demo-tlv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-database-opp.h"
#include "passend-database-tlv-private.h"
#include "passend-demo-reports.h"
#include "passend-demo-tlv.h"

/* TLV requests of the demo school, written through the store so every
 * guard is the real one. Each scene is one stage a coordinator meets in
 * practice; the reports attached are generated PDFs, so the dossier can
 * be assembled and read. */

typedef enum
{
  SCENE_VOORBEREIDING,      /* half the checklist filled */
  SCENE_INGEDIEND,
  SCENE_AANVULLING,         /* the SWV wants a recent onderzoeksverslag */
  SCENE_TOEGEKEND,          /* ends within the reminder weeks */
  SCENE_AFGEWEZEN,          /* the objection term is running */
  SCENE_BEZWAAR,
  N_SCENES,
} Scene;

typedef struct
{
  DemoBuilder    *b;
  PassendStudent *student;
  const char     *name;
  gint64          request_id;
  PassendDay      today;
  guint32         seed;
} DemoTlv;

/* Made-up deskundigen; none of them exists. */
static const struct
{
  const char           *name;
  PassendTlvDiscipline  discipline;
} deskundigen[] = {
  { "drs. M. van Dam", PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG },
  { "dr. S. El Idrissi", PASSEND_TLV_DISCIPLINE_PSYCHOLOOG },
  { "K. Brouwer", PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER },
  { "A. de Groot", PASSEND_TLV_DISCIPLINE_MAATSCHAPPELIJK_WERKER },
  { "drs. L. Yılmaz", PASSEND_TLV_DISCIPLINE_KINDER_JEUGDPSYCHOLOOG },
};

static PassendDay
days_ago (DemoTlv *t,
          int      days)
{
  return passend_day_add_days (t->today, -days);
}

/* The first row's id of @sql for the student (0 when none). */
static gboolean
find_id (DemoTlv     *t,
         const char  *sql,
         gint64      *id,
         GError     **error)
{
  g_autoptr(PassendStatement) statement = _passend_database_prepare (t->b->database, sql, error);
  int rc;

  if (statement == NULL)
    return FALSE;

  *id = 0;
  sqlite3_bind_int64 (statement, 1, passend_student_get_id (t->student));
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (statement, 0);
  else if (rc != SQLITE_DONE)
    return _passend_database_fail (t->b->database, rc, NULL, error);

  return TRUE;
}

static GBytes *
render_report (DemoTlv                *t,
               PassendDemoReportKind   kind,
               const char             *author,
               PassendDay              day,
               GError                **error)
{
  PassendDemoReportOptions options;

  passend_demo_report_options_init (&options);
  options.student_name = t->name;
  options.birth_date = passend_student_get_birth_date (t->student);
  options.author_name = author;
  options.day = day;
  options.seed = t->seed++;

  return passend_demo_report_render (kind, &options, error);
}

static gint64
item_id (DemoTlv    *t,
         const char *code)
{
  g_autoptr(GPtrArray) items = passend_database_list_tlv_checklist_for_request (t->b->database, t->request_id, NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    if (g_str_equal (passend_tlv_checklist_item_get_code (g_ptr_array_index (items, i)), code))
      return passend_tlv_checklist_item_get_id (g_ptr_array_index (items, i));

  return 0;
}

static gboolean
add_part (DemoTlv             *t,
          const char          *code,
          PassendTlvPartKind   kind,
          gint64               target,
          GError             **error)
{
  g_autoptr(PassendTlvPart) part = passend_tlv_part_new (kind, target);

  /* What this student's record lacks is left open on the checklist. */
  if (target == 0 || item_id (t, code) == 0)
    return TRUE;

  passend_tlv_part_set_request_id (part, t->request_id);
  passend_tlv_part_set_checklist_item_id (part, item_id (t, code));
  return passend_database_add_tlv_part (t->b->database, part, NULL, error);
}

static gboolean
add_report (DemoTlv                *t,
            const char             *code,
            PassendDemoReportKind   kind,
            PassendDay              day,
            GError                **error)
{
  g_autoptr(PassendTlvPart) part = passend_tlv_part_new (PASSEND_TLV_PART_FILE, 0);
  g_autoptr(GBytes) pdf = render_report (t, kind, NULL, day, error);

  if (pdf == NULL)
    return FALSE;

  passend_tlv_part_set_request_id (part, t->request_id);
  passend_tlv_part_set_checklist_item_id (part, item_id (t, code));
  passend_tlv_part_set_file_name (part, passend_demo_report_get_file_name (kind));
  passend_tlv_part_set_media_type (part, "application/pdf");
  return passend_database_add_tlv_part (t->b->database, part, pdf, error);
}

/* Parts from the record: the vastgesteld OPP, an observation, a
 * conversation or the Flex-ZAT minutes, an attachment. */
static gboolean
add_record_parts (DemoTlv  *t,
                  gboolean  all,
                  GError  **error)
{
  gint64 opp = 0, observation = 0, conversation = 0, minutes = 0;

  if (!find_id (t, "SELECT id FROM opp_version WHERE student_id = ?1 AND content_sha256 IS NOT NULL"
                   " ORDER BY number DESC LIMIT 1", &opp, error) ||
      !find_id (t, "SELECT id FROM timeline_entry WHERE student_id = ?1 AND kind = 'observation'"
                   " AND confidentiality IN ('normal', 'care') ORDER BY occurred_at DESC LIMIT 1",
                &observation, error) ||
      !find_id (t, "SELECT id FROM timeline_entry WHERE student_id = ?1"
                   " AND kind IN ('conversation-parents', 'conversation-student')"
                   " AND confidentiality IN ('normal', 'care') ORDER BY occurred_at DESC LIMIT 1",
                &conversation, error) ||
      !find_id (t, "SELECT id FROM meeting_item WHERE student_id = ?1 AND minutes <> '' ORDER BY id DESC LIMIT 1",
                &minutes, error))
    return FALSE;

  if (!add_part (t, "opp", PASSEND_TLV_PART_OPP_VERSION, opp, error) ||
      !add_part (t, "observaties", PASSEND_TLV_PART_ENTRY, observation, error) ||
      !add_part (t, "gesprekken", PASSEND_TLV_PART_ENTRY, conversation, error))
    return FALSE;
  if (!all)
    return TRUE;

  return add_part (t, "gesprekken", PASSEND_TLV_PART_MINUTES, minutes, error) &&
         add_report (t, "observaties", PASSEND_DEMO_REPORT_OBSERVATION, days_ago (t, 75), error) &&
         add_report (t, "deskundigheid-vso", PASSEND_DEMO_REPORT_VSO_EXPERTISE, days_ago (t, 60), error);
}

static gboolean
add_advice (DemoTlv  *t,
            guint     which,
            gboolean  with_report,
            GError  **error)
{
  g_autoptr(PassendTlvAdvice) advice = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PassendDay day = days_ago (t, 50 + 3 * (int) which);

  which %= G_N_ELEMENTS (deskundigen);
  advice = passend_tlv_advice_new (deskundigen[which].name, deskundigen[which].discipline);
  passend_tlv_advice_set_request_id (advice, t->request_id);
  passend_tlv_advice_set_advised_on (advice, day);
  passend_tlv_advice_set_independent (advice, TRUE);
  if (with_report)
    {
      pdf = render_report (t, PASSEND_DEMO_REPORT_PSYCHOLOGIST, deskundigen[which].name, day, error);
      if (pdf == NULL)
        return FALSE;
      passend_tlv_advice_set_file_name (advice, "Advies deskundige.pdf");
      passend_tlv_advice_set_media_type (advice, "application/pdf");
    }

  return passend_database_add_tlv_advice (t->b->database, advice, pdf, error);
}

static gboolean
create (DemoTlv     *t,
        Scene        scene,
        GError     **error)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  PassendDay start = passend_day_new (passend_day_school_year_of (t->today) + 1, 8, 1);
  gint64 target = 0;

  if (!find_id (t, "SELECT id FROM organisation WHERE kind = 'vso-school' AND ?1 > 0 ORDER BY id LIMIT 1", &target,
                error))
    return FALSE;

  request = passend_tlv_request_new (passend_student_get_id (t->student),
                                     scene % 3 == 2 ? PASSEND_TLV_KIND_VSO_CLUSTER_3 : PASSEND_TLV_KIND_VSO_CLUSTER_4);
  passend_tlv_request_set_category (request, PASSEND_TLV_CATEGORY_LAAG);
  passend_tlv_request_set_requested_start (request, start);
  passend_tlv_request_set_requested_end (request, passend_day_add_days (passend_day_add_months (start, 24), -1));
  passend_tlv_request_set_target_school_id (request, target);
  if (target == 0)
    passend_tlv_request_set_target_school_name (request, "De Brug, school voor vso");
  passend_tlv_request_set_registered_at_target (request, scene != SCENE_VOORBEREIDING);
  passend_tlv_request_set_preceding_meeting_on (request, days_ago (t, 120));
  passend_tlv_request_set_parents_view (request, "Wij zien dat het op deze school niet meer gaat en staan achter "
                                                 "de aanvraag. We hebben de vso-school samen bezocht.");
  passend_tlv_request_set_student_view (request, "Ik wil naar een kleinere school waar het rustiger is.");

  if (!passend_database_create_tlv_request (t->b->database, request, error))
    return FALSE;

  t->request_id = passend_tlv_request_get_id (request);
  return TRUE;
}

static gboolean
play (DemoTlv  *t,
      Scene     scene,
      GError  **error)
{
  PassendDatabase *db = t->b->database;
  gint64 id;

  if (!create (t, scene, error) ||
      !add_record_parts (t, scene != SCENE_VOORBEREIDING, error))
    return FALSE;
  id = t->request_id;

  if (scene == SCENE_VOORBEREIDING)
    return add_advice (t, 0, FALSE, error);

  if (!add_advice (t, 0, TRUE, error) || !add_advice (t, 2 + scene % 3, TRUE, error))
    return FALSE;

  switch (scene)
    {
    case SCENE_INGEDIEND:
      return passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_INGEDIEND, days_ago (t, 18), "", error);

    case SCENE_AANVULLING:
      return passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_INGEDIEND, days_ago (t, 40), "", error) &&
             passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_IN_BEHANDELING, days_ago (t, 33), "", error) &&
             passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_AANVULLING_GEVRAAGD, days_ago (t, 12),
                                             "De commissie vraagt een recent onderzoeksverslag (niet ouder dan "
                                             "twee jaar).", error);

    case SCENE_TOEGEKEND:
      /* Granted last year; the VSO school should apply for verlenging. */
      return passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_INGEDIEND, days_ago (t, 330), "", error) &&
             passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_IN_BEHANDELING, days_ago (t, 320), "", error) &&
             passend_database_grant_tlv (db, id, days_ago (t, 290), PASSEND_TLV_CATEGORY_LAAG, days_ago (t, 270),
                                         passend_day_add_days (t->today, 60), "Toegekend voor de duur van een jaar.",
                                         error);

    case SCENE_AFGEWEZEN:
    case SCENE_BEZWAAR:
      /* The refusal is recent enough for its objection term to show. */
      if (!passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_INGEDIEND, days_ago (t, 75), "", error) ||
          !passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_IN_BEHANDELING, days_ago (t, 68), "", error) ||
          !passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_AFGEWEZEN,
                                           days_ago (t, scene == SCENE_AFGEWEZEN ? 35 : 30),
                                           "De commissie vindt dat de ondersteuning op de eigen school nog niet is "
                                           "uitgeput.", error))
        return FALSE;
      if (scene == SCENE_AFGEWEZEN)
        return TRUE;
      return passend_database_set_tlv_state (db, id, PASSEND_TLV_STATE_BEZWAAR, days_ago (t, 8),
                                             "Ouders hebben bezwaar gemaakt; advies van de LBT gevraagd.", error);

    case SCENE_VOORBEREIDING:
    case N_SCENES:
    default:
      return TRUE;
    }
}

/* A request goes to the SWV with the vastgesteld OPP: the scenes past
 * the preparation go to students who have one, the preparation to one
 * who may not yet. A small demo school with too few such students still
 * gets every scene, from the others. */
gboolean
demo_add_tlv_requests (DemoBuilder  *b,
                       GError      **error)
{
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GPtrArray) with_opp = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) without_opp = g_ptr_array_new_with_free_func (g_object_unref);
  PassendStudent *cast[N_SCENES] = { NULL };
  gboolean ok = TRUE;
  guint n;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  n = g_list_model_get_n_items (caseload);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      DemoTlv probe = { .b = b, .student = student };
      gint64 established_opp = 0;

      if (passend_student_get_niveau (student) < PASSEND_NIVEAU_4 || !passend_student_get_case_open (student))
        continue;
      if (!find_id (&probe, "SELECT id FROM opp_version WHERE student_id = ?1 AND content_sha256 IS NOT NULL LIMIT 1",
                    &established_opp, error))
        return FALSE;
      g_ptr_array_add (established_opp != 0 ? with_opp : without_opp, g_steal_pointer (&student));
    }

  /* The preparation first takes a student without an OPP, the rest in
   * order from those with one, then whoever is left. */
  {
    guint next_with = 0, next_without = 0;

    if (without_opp->len > 0)
      cast[SCENE_VOORBEREIDING] = g_ptr_array_index (without_opp, next_without++);
    for (guint scene = 0; scene < N_SCENES; scene++)
      {
        if (cast[scene] != NULL)
          continue;
        if (next_with < with_opp->len)
          cast[scene] = g_ptr_array_index (with_opp, next_with++);
        else if (next_without < without_opp->len)
          cast[scene] = g_ptr_array_index (without_opp, next_without++);
      }
  }

  _passend_database_set_tlv_recorded (b->database, FALSE);
  for (guint scene = 0; ok && scene < N_SCENES && cast[scene] != NULL; scene++)
    {
      DemoTlv t = { .b = b, .student = cast[scene], .today = b->options.today,
                    .seed = b->options.seed ^ (0x7170 + scene) };

      t.name = passend_student_get_display_name (cast[scene]);
      ok = play (&t, scene, error);
    }
  _passend_database_set_tlv_recorded (b->database, TRUE);

  return ok;
}
