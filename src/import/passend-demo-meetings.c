/* passend-demo-meetings.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings.h"
#include "passend-demo-meetings.h"

/* The demo school's meetings: what a coordinator finds on a Monday
 * morning. A Flex-ZAT and an OT from the last weeks are closed, their
 * minutes on the timelines and some of their actions still open; next
 * week's agendas are set. The record text is Dutch, like the rest of
 * the demo. Students are taken from the caseload in its order, so the
 * same school always gets the same meetings. */

#define CLOSED_FLEX_ZAT_ITEMS 2
#define CLOSED_OT_ITEMS       3
#define CLOSED_ITEMS          (CLOSED_FLEX_ZAT_ITEMS + CLOSED_OT_ITEMS)
#define NO_DUE                G_MININT

typedef enum
{
  OWNER_NOBODY,
  OWNER_MENTOR,
  OWNER_COORDINATOR,
  OWNER_COUNSELLOR,
  OWNER_JOS,
  OWNER_PARENTS,
  OWNER_STUDENT,
} Owner;

typedef struct
{
  const char *body;
  const char *rationale;
  gboolean    no_action;
} DecisionSpec;

typedef struct
{
  const char *what;
  Owner       owner;
  int         due_days;   /* from the demo's today; NO_DUE: none */
  gboolean    done;
} ActionSpec;

typedef struct
{
  const char   *question;
  const char   *minutes;
  DecisionSpec  decisions[2];
  ActionSpec    actions[2];
} ItemSpec;

static const ItemSpec flex_zat_items[CLOSED_FLEX_ZAT_ITEMS] = {
  { "Hoe krijgen we het verzuim terug en wat is er thuis nodig?",
    "Leerling was de afgelopen zes weken ruim twintig uur afwezig, vooral op maandag en het eerste uur. "
    "Moeder vertelt dat het thuis onrustig is sinds de verhuizing; de leerling slaapt slecht. "
    "Het sociaal team kent het gezin niet. De mentor ziet een teruggetrokken leerling die in de klas wel meedoet.",
    { { "Aanmelden voor JOS, wekelijkse begeleiding op school.",
        "Ouders en leerling staan ervoor open; de begeleiding door de mentor alleen is niet genoeg gebleken.", FALSE },
      { "Geen melding bij Veilig Thuis.",
        "Besproken met de aandachtsfunctionaris: er zijn geen signalen van onveiligheid thuis. De zorgen gaan over "
        "verzuim en slaapritme; die pakken we op met JOS en het sociaal team.", TRUE } },
    { { "Aanmeldformulier JOS samen met ouders invullen", OWNER_MENTOR, -10, TRUE },
      { "Ouders terugbellen over het aangepaste rooster", OWNER_COORDINATOR, -4, FALSE } } },
  { "Is extra ondersteuning nodig, en zo ja welke?",
    "De leerling loopt vast bij plannen en bij de overgang tussen lessen. Toetsen worden niet ingeleverd. "
    "Het SWV adviseert een ontwikkelingsperspectief op te stellen. Vader wil eerst een gesprek met de orthopedagoog.",
    { { "Ontwikkelingsperspectief opstellen en met ouders bespreken.",
        "De basisondersteuning (steunlessen, planningsgesprekken) heeft na twee periodes niet genoeg opgeleverd.", FALSE },
      { NULL, NULL, FALSE } },
    { { "Concept-OPP opstellen", OWNER_COORDINATOR, 10, FALSE },
      { "Afspraak maken met de orthopedagoog", OWNER_PARENTS, NO_DUE, FALSE } } },
};

static const ItemSpec ot_items[CLOSED_OT_ITEMS] = {
  { "Welke begeleiding helpt bij faalangst rond toetsen?",
    "Mentor ziet veel spanning voor toetsen; cijfers zijn wisselend. Leerlingbegeleider heeft twee gesprekken gehad.",
    { { "Faalangstreductietraining aanbieden, zes bijeenkomsten.",
        "Past bij de hulpvraag en de leerling wil het zelf.", FALSE },
      { NULL, NULL, FALSE } },
    { { "Leerling aanmelden voor de training", OWNER_COUNSELLOR, -3, TRUE },
      { "Ouders informeren over de training", OWNER_MENTOR, -1, TRUE } } },
  { "Hoe verder na de schorsing van vorige maand?",
    "Sinds het herstelgesprek gaat het beter in de klas. Wel nog conflicten in de pauze.",
    { { "Begeleiding in de pauze door de leerlingbegeleider, vier weken.",
        "De conflicten ontstaan vooral buiten de les.", FALSE },
      { NULL, NULL, FALSE } },
    { { "Evaluatie pauzebegeleiding in het volgende OT", OWNER_COUNSELLOR, 12, FALSE },
      { NULL, OWNER_NOBODY, NO_DUE, FALSE } } },
  { "Vragen rond concentratie en huiswerk.",
    "De leerling geeft zelf aan dat het thuis lastig werken is. Huiswerkklas is een optie.",
    { { "Huiswerkklas drie middagen per week.",
        "Leerling en ouders zijn akkoord; thuis is geen rustige werkplek.", FALSE },
      { NULL, NULL, FALSE } },
    { { "Inschrijven voor de huiswerkklas", OWNER_STUDENT, 3, FALSE },
      { NULL, OWNER_NOBODY, NO_DUE, FALSE } } },
};

static const char * const upcoming_questions[] = {
  "Thuiszitten dreigt: welk arrangement is haalbaar?",
  "Voortgang van het OPP en de inzet van JOS.",
  "Terugkeer na ziekte: opbouw van het rooster.",
  "Past deze school nog, of is een TLV voor het VSO nodig?",
};

static const char * const ot_questions[] = {
  "Signalen van somberheid: wat kan de school doen?",
  "Dyslexie: zijn de faciliteiten voldoende?",
  "Veel te laat komen: wat zit erachter?",
};

static const char * const verzuim_questions[] = {
  "Zorgwekkend ziekteverzuim (M@ZL): vervolg met de jeugdarts.",
  "Ongeoorloofd verzuim boven de 16 uur: melding leerplicht besproken.",
};

guint
demo_meetings_reserve (DemoBuilder *b)
{
  guint heavy = b->options.heavy_student_entries;
  guint64 needed;

  if (b->options.n_caseload < 2 * CLOSED_ITEMS)
    return 0;

  needed = (guint64) heavy + (guint64) DEMO_MIN_ENTRIES_PER_STUDENT * (b->options.n_caseload - (heavy > 0 ? 1 : 0));
  return b->options.n_entries >= needed + CLOSED_ITEMS ? CLOSED_ITEMS : 0;
}

typedef struct
{
  DemoBuilder  *b;
  GPtrArray    *caseload;       /* PassendStudent, open cases in the list's order */
  PassendDay    monday;         /* of the demo's week */
  gint64        sociaal_team;   /* organisation ids, 0: none */
  gint64        swv;
} DemoMeetings;

static gint64
kind_id (DemoMeetings  *d,
         const char    *code,
         GError       **error)
{
  g_autoptr(GListModel) kinds = passend_database_list_meeting_kinds (d->b->database, FALSE, error);

  for (guint i = 0; kinds != NULL && i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);

      if (g_str_equal (passend_meeting_kind_get_code (kind), code))
        return passend_meeting_kind_get_id (kind);
    }

  if (kinds != NULL)
    /* TRANSLATORS: a code such as “flex-zat”. */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The kind of meeting “%s” is missing"), code);
  return 0;
}

/* The seed school's own partners, by name, falling back on the first of
 * their kind: the partner directory may hold a second sociaal team. */
static gboolean
find_partners (DemoMeetings  *d,
               GError       **error)
{
  g_autoptr(GPtrArray) partners = passend_database_list_consent_partners (d->b->database, error);

  if (partners == NULL)
    return FALSE;

  for (guint i = 0; i < partners->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (partners, i);
      gint64 id = passend_organisation_get_id (organisation);
      gboolean own = g_str_equal (passend_organisation_get_name (organisation), "Sociaal Team Gouda-Oost");

      switch (passend_organisation_get_kind (organisation))
        {
        case PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM:
          if (d->sociaal_team == 0 || own)
            d->sociaal_team = id;
          break;
        case PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND:
          if (d->swv == 0)
            d->swv = id;
          break;
        case PASSEND_ORGANISATION_KIND_SCHOOL:
        case PASSEND_ORGANISATION_KIND_LEERPLICHT:
        case PASSEND_ORGANISATION_KIND_GGD:
        case PASSEND_ORGANISATION_KIND_JOS:
        case PASSEND_ORGANISATION_KIND_GGZ:
        case PASSEND_ORGANISATION_KIND_VEILIG_THUIS:
        case PASSEND_ORGANISATION_KIND_BPO:
        case PASSEND_ORGANISATION_KIND_VSO_SCHOOL:
        case PASSEND_ORGANISATION_KIND_OTHER:
        default:
          break;
        }
    }

  return TRUE;
}

/* Whether the student is one of the many-entries student's kind: their
 * timeline is exactly as long as asked, so they stay out of meetings. */
static gboolean
is_heavy (DemoMeetings   *d,
          PassendStudent *student)
{
  guint heavy = d->b->options.heavy_student_entries;
  g_autoptr(GListModel) timeline = NULL;

  if (heavy == 0)
    return FALSE;

  timeline = passend_database_list_timeline (d->b->database, passend_student_get_id (student), NULL);
  return timeline == NULL || g_list_model_get_n_items (timeline) + DEMO_ENTRIES_PER_STUDENT >= heavy;
}

typedef enum
{
  FIT_FLEX_ZAT,
  FIT_OT,
  /* Consent to discuss with externals this week: the verzuimoverleg's
   * partners can be at the table. */
  FIT_CONSENT,
} Fit;

static gboolean
fits (DemoMeetings   *d,
      PassendStudent *student,
      Fit             fit)
{
  PassendPhase phase = passend_student_get_phase (student);

  switch (fit)
    {
    case FIT_FLEX_ZAT:
      return phase == PASSEND_PHASE_3B_FLEX_ZAT || phase == PASSEND_PHASE_4_TLV;
    case FIT_OT:
      return phase == PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM || phase == PASSEND_PHASE_2_CONSULTATIE;
    case FIT_CONSENT:
    default:
      return passend_database_has_valid_consent (d->b->database, passend_student_get_id (student),
                                                 PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                 passend_day_add_days (d->monday, 7), NULL);
    }
}

/* @n students for one meeting: those that fit first, from @skip on in
 * the caseload, then any others; never the heavy student, never one in
 * @taken (which receives them). */
static GPtrArray *
pick_students (DemoMeetings *d,
               guint         n,
               Fit           fit,
               guint         skip,
               GHashTable   *taken)
{
  GPtrArray *picked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint pass = 0; pass < 2 && picked->len < n; pass++)
    for (guint k = 0; k < d->caseload->len && picked->len < n; k++)
      {
        PassendStudent *student = g_ptr_array_index (d->caseload, (k + skip) % d->caseload->len);

        if ((pass == 0 && !fits (d, student, fit)) || g_hash_table_contains (taken, student) ||
            is_heavy (d, student))
          continue;
        g_hash_table_add (taken, student);
        g_ptr_array_add (picked, g_object_ref (student));
      }

  return picked;
}

static PassendMeeting *
add_meeting (DemoMeetings  *d,
             const char    *code,
             PassendDay     day,
             int            minutes,
             gint64         minute_taker,
             const char    *place,
             GError       **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  gint64 kind = kind_id (d, code, error);

  if (kind == 0)
    return NULL;

  meeting = passend_meeting_new (kind, demo_builder_moment (d->b, day, minutes));
  passend_meeting_set_chair_id (meeting, d->b->oco.id);
  passend_meeting_set_minute_taker_id (meeting, minute_taker);
  passend_meeting_set_place (meeting, place);
  if (!passend_database_add_meeting (d->b->database, meeting, error))
    return NULL;

  return g_steal_pointer (&meeting);
}

/* Adds the students, a question for each, and for those whose consent
 * holds on the day the partners the kind always invites. */
static GArray *
add_agenda (DemoMeetings           *d,
            PassendMeeting         *meeting,
            GPtrArray              *students,
            const char * const     *questions,
            gboolean                invite_partners,
            GError                **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < students->len; i++)
    {
      gint64 id = passend_student_get_id (g_ptr_array_index (students, i));

      g_array_append_val (ids, id);
    }
  g_array_set_size (items, ids->len);
  if (!passend_database_add_meeting_items (d->b->database, passend_meeting_get_id (meeting),
                                           (const gint64 *) ids->data, ids->len, (gint64 *) items->data, error))
    return NULL;

  for (guint i = 0; i < items->len; i++)
    {
      gint64 item_id = g_array_index (items, gint64, i);
      g_autoptr(PassendMeetingItem) item = passend_database_get_meeting_item (d->b->database, item_id, error);
      gboolean consent;
      g_autoptr(GError) local_error = NULL;

      if (item == NULL)
        return NULL;
      passend_meeting_item_set_question (item, questions[i]);
      if (!passend_database_update_meeting_item (d->b->database, item, error))
        return NULL;

      consent = passend_database_has_valid_consent (d->b->database, g_array_index (ids, gint64, i),
                                                    PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                    passend_meeting_get_day (meeting), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!invite_partners || !consent)
        continue;

      /* The seed school's sociaal team and SWV, when the kind's defaults
       * could not choose one: the directory may hold two sociaal teams. */
      {
        g_autoptr(GListModel) invitees = passend_database_list_meeting_invitees (d->b->database, item_id, error);
        const struct { PassendMeetingRole role; gint64 organisation; } partners[] = {
          { PASSEND_MEETING_ROLE_SOCIAAL_TEAM, d->sociaal_team },
          { PASSEND_MEETING_ROLE_SAMENWERKINGSVERBAND, d->swv },
        };

        if (invitees == NULL)
          return NULL;
        for (guint p = 0; p < G_N_ELEMENTS (partners); p++)
          {
            g_autoptr(PassendMeetingInvitee) invitee = passend_meeting_invitee_new (item_id, partners[p].role);
            gboolean present = FALSE;

            for (guint v = 0; v < g_list_model_get_n_items (invitees); v++)
              {
                g_autoptr(PassendMeetingInvitee) other = g_list_model_get_item (invitees, v);

                present |= passend_meeting_invitee_get_role (other) == partners[p].role;
              }
            if (present || partners[p].organisation == 0)
              continue;
            passend_meeting_invitee_set_organisation_id (invitee, partners[p].organisation);
            if (!passend_database_add_meeting_invitee (d->b->database, invitee, error))
              return NULL;
          }
      }
    }

  return g_steal_pointer (&items);
}

static gint64
owner_person (DemoMeetings   *d,
              PassendStudent *student,
              Owner           owner)
{
  switch (owner)
    {
    case OWNER_MENTOR:
      return passend_student_get_mentor_id (student);
    case OWNER_COORDINATOR:
      return d->b->oco.id;
    case OWNER_COUNSELLOR:
      return d->b->begeleider.id;
    case OWNER_JOS:
      return d->b->jos.id;
    case OWNER_NOBODY:
    case OWNER_PARENTS:
    case OWNER_STUDENT:
    default:
      return 0;
    }
}

/* The minutes of one item as the meeting wrote them. */
static gboolean
write_minutes (DemoMeetings    *d,
               PassendMeeting  *meeting,
               gint64           item_id,
               PassendStudent  *student,
               const ItemSpec  *spec,
               GError         **error)
{
  PassendDatabase *database = d->b->database;
  PassendDay meeting_day = passend_meeting_get_day (meeting);
  /* Never a day the store would call the future, whatever the demo's today. */
  PassendDay latest = MIN (d->b->options.today, passend_day_today ());
  g_autoptr(PassendMeetingItem) item = passend_database_get_meeting_item (database, item_id, error);

  if (item == NULL)
    return FALSE;
  passend_meeting_item_set_question (item, spec->question);
  if (!passend_database_update_meeting_item (database, item, error) ||
      !passend_database_set_meeting_item_minutes (database, item_id, spec->minutes, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (spec->decisions) && spec->decisions[i].body != NULL; i++)
    {
      g_autoptr(PassendMeetingDecision) decision = passend_meeting_decision_new (item_id, spec->decisions[i].body);

      passend_meeting_decision_set_rationale (decision, spec->decisions[i].rationale);
      passend_meeting_decision_set_no_action (decision, spec->decisions[i].no_action);
      if (!passend_database_add_meeting_decision (database, decision, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->actions) && spec->actions[i].what != NULL; i++)
    {
      const ActionSpec *a = &spec->actions[i];
      g_autoptr(PassendMeetingAction) action = passend_meeting_action_new (item_id, a->what);

      passend_meeting_action_set_owner_person_id (action, owner_person (d, student, a->owner));
      if (a->owner == OWNER_PARENTS)
        passend_meeting_action_set_owner_name (action, "Ouders");
      else if (a->owner == OWNER_STUDENT)
        passend_meeting_action_set_owner_name (action, "Leerling");
      if (a->due_days != NO_DUE)
        passend_meeting_action_set_due_on (action, passend_day_add_days (d->b->options.today, a->due_days));
      if (!passend_database_add_meeting_action (database, action, error))
        return FALSE;
      /* A demo dated in the future has nothing done yet. */
      if (a->done && meeting_day <= latest &&
          !passend_database_set_meeting_action_done (database, passend_meeting_action_get_id (action),
                                                     MIN (passend_day_add_days (meeting_day, 5), latest),
                                                     error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_closed (DemoMeetings    *d,
            const char      *code,
            PassendDay       day,
            int              minutes,
            gint64           minute_taker,
            const ItemSpec  *specs,
            guint            n_items,
            guint            skip,
            GError         **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) students = pick_students (d, n_items, g_str_equal (code, "flex-zat") ? FIT_FLEX_ZAT : FIT_OT,
                                                 skip, taken);
  g_autoptr(PassendMeeting) meeting = add_meeting (d, code, day, minutes, minute_taker, "Kamer zorgcoördinator", error);
  g_autoptr(GArray) items = NULL;
  const char *questions[CLOSED_ITEMS] = { NULL, };

  if (meeting == NULL)
    return FALSE;
  for (guint i = 0; i < n_items; i++)
    questions[i] = specs[i].question;

  items = add_agenda (d, meeting, students, questions, g_str_equal (code, "flex-zat"), error);
  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    if (!write_minutes (d, meeting, g_array_index (items, gint64, i), g_ptr_array_index (students, i), &specs[i],
                        error))
      return FALSE;

  return passend_database_close_meeting (d->b->database, passend_meeting_get_id (meeting), error);
}

static gboolean
add_planned (DemoMeetings        *d,
             const char          *code,
             Fit                  fit,
             PassendDay           day,
             int                  minutes,
             gint64               minute_taker,
             const char          *place,
             const char * const  *questions,
             guint                n_items,
             guint                skip,
             GError             **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) students = pick_students (d, n_items, fit, skip, taken);
  g_autoptr(PassendMeeting) meeting = add_meeting (d, code, day, minutes, minute_taker, place, error);
  g_autoptr(GArray) items = NULL;

  if (meeting == NULL)
    return FALSE;

  items = add_agenda (d, meeting, students, questions, g_str_equal (code, "flex-zat"), error);
  return items != NULL;
}

gboolean
demo_add_meetings (DemoBuilder  *b,
                   guint         n_records,
                   GError      **error)
{
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  DemoMeetings d = { b, students, PASSEND_DAY_NONE, 0, 0 };
  PassendDay today = b->options.today;
  PassendDay verzuim_day;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL || !find_partners (&d, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      PassendStudent *student = g_list_model_get_item (caseload, i);

      if (passend_student_get_case_open (student))
        g_ptr_array_add (students, student);
      else
        g_object_unref (student);
    }
  if (students->len < CLOSED_ITEMS)
    return TRUE;

  d.monday = passend_day_add_days (today, 1 - passend_day_get_weekday (today));

  /* Three weeks ago on Tuesday and two weeks ago on Thursday. */
  if (n_records == CLOSED_ITEMS &&
      (!add_closed (&d, "flex-zat", passend_day_add_days (d.monday, -20), 14 * 60, b->begeleider.id,
                    flex_zat_items, CLOSED_FLEX_ZAT_ITEMS, 0, error) ||
       !add_closed (&d, "ot", passend_day_add_days (d.monday, -11), 10 * 60, b->begeleider.id,
                    ot_items, CLOSED_OT_ITEMS, 3, error)))
    return FALSE;

  /* The verzuimoverleg this Friday, or next Monday when the week is
   * over: "meetings this week" has something to show. */
  verzuim_day = passend_day_get_weekday (today) <= 4 ? passend_day_add_days (d.monday, 4)
                                                     : passend_day_add_days (d.monday, 7);

  return add_planned (&d, "flex-zat", FIT_FLEX_ZAT, passend_day_add_days (d.monday, 8), 13 * 60 + 30,
                      b->begeleider.id, "Kamer zorgcoördinator", upcoming_questions,
                      G_N_ELEMENTS (upcoming_questions), 7, error) &&
         add_planned (&d, "ot", FIT_OT, passend_day_add_days (d.monday, 10), 10 * 60, b->begeleider.id,
                      "Lokaal 0.14", ot_questions, G_N_ELEMENTS (ot_questions), 12, error) &&
         add_planned (&d, "verzuimoverleg", FIT_CONSENT, verzuim_day, 9 * 60, b->verzuim.id,
                      "Vergaderkamer", verzuim_questions, G_N_ELEMENTS (verzuim_questions), 20, error);
}
