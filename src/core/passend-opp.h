/* passend-opp.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* The OPP (ontwikkelingsperspectief, DOMAIN.md §1, §10.5, §11) as a
 * versioned document. Each enum below is stored as the text code of the
 * schema (data/sql/005-opp.sql); _to_string gives that code, _from_string
 * parses it, _get_label a translated name for the UI and _get_dutch the
 * Dutch used in printed documents, whatever the UI language. Days are
 * PassendDay (PASSEND_DAY_NONE when not set), ids gint64 (0 when none). */

/* The states of one version. An "established" version has its content
 * frozen under a SHA-256 (vastgesteld and everything after it). */
typedef enum
{
  PASSEND_OPP_STATE_CONCEPT,
  PASSEND_OPP_STATE_IN_OVERLEG,
  PASSEND_OPP_STATE_TER_INSTEMMING,
  PASSEND_OPP_STATE_VASTGESTELD,
  PASSEND_OPP_STATE_IN_UITVOERING,
  PASSEND_OPP_STATE_GEEVALUEERD,
  PASSEND_OPP_STATE_BIJGESTELD,
  PASSEND_OPP_STATE_BEEINDIGD,
  PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING,
} PassendOppState;

#define PASSEND_OPP_N_STATES (PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING + 1)

/* "concept", "in-overleg", … "geen-overeenstemming". */
const char *passend_opp_state_to_string   (PassendOppState  state);
gboolean    passend_opp_state_from_string (const char      *text,
                                           PassendOppState *out);
/* Translated: "Draft", "In Consultation", "Awaiting Consent", "Established",
 * "In Progress", "Evaluated", "Revised", "Ended", "No Agreement". */
const char *passend_opp_state_get_label   (PassendOppState  state);
/* For print: "concept", "in overleg", "ter instemming", "vastgesteld",
 * "in uitvoering", "geëvalueerd", "bijgesteld", "beëindigd",
 * "geen overeenstemming". */
const char *passend_opp_state_get_dutch   (PassendOppState  state);
/* Content may change only in concept and in overleg. */
gboolean    passend_opp_state_is_editable (PassendOppState  state);

/* The free-text sections (opp_text.section), in the order a printed OPP
 * shows them. */
typedef enum
{
  PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
  PASSEND_OPP_SECTION_EARLIER_SUPPORT,
  PASSEND_OPP_SECTION_PO_ADVICE,
  PASSEND_OPP_SECTION_INSTROOM,
  PASSEND_OPP_SECTION_WISHES_STUDENT,
  PASSEND_OPP_SECTION_WISHES_PARENTS,
  PASSEND_OPP_SECTION_PEOPLE_INVOLVED,
  PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
  PASSEND_OPP_SECTION_AFWIJKINGEN,
  PASSEND_OPP_SECTION_TOEGROEIPLAN,
  PASSEND_OPP_SECTION_MENING_LEERLING,
  PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING,
  PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS,
  PASSEND_OPP_SECTION_MEDISCH,
} PassendOppSection;

#define PASSEND_OPP_N_SECTIONS (PASSEND_OPP_SECTION_MEDISCH + 1)

/* "schoolloopbaan", "earlier-support", … "medisch": the stored key. */
const char *passend_opp_section_to_string   (PassendOppSection  section);
gboolean    passend_opp_section_from_string (const char        *text,
                                             PassendOppSection *out);
/* Translated: "School History", "Earlier Support", "Primary School Advice",
 * "Intake Data", "Wishes of the Student", "Wishes of the Parents", "People
 * Involved", "Rationale", "Departures From the Curriculum", "Phase-In
 * Plan", "Student’s View", "Weighing of the Student’s View", "Parents’
 * View", "Medical Details". */
const char *passend_opp_section_get_label   (PassendOppSection  section);
/* The Dutch heading printed above the section: "Schoolloopbaan",
 * "Eerdere ondersteuning", "Advies primair onderwijs", "Instroomgegevens",
 * "Wensen van de leerling", "Wensen van de ouders", "Betrokkenen",
 * "Onderbouwing van het uitstroomperspectief", "Afwijkingen van het
 * onderwijsprogramma", "Toegroeiplan", "Mening van de leerling",
 * "Motivering (hoorrecht)", "Zienswijze van de ouders", "Medische
 * bijzonderheden". */
const char *passend_opp_section_get_dutch   (PassendOppSection  section);
/* Medisch is confidentiality "medical": left out of the default PDF and
 * of every list, agenda and export. */
gboolean    passend_opp_section_is_medical  (PassendOppSection  section);

/* The five domains factors, needs and goals belong to. */
typedef enum
{
  PASSEND_OPP_DOMAIN_LEREN,
  PASSEND_OPP_DOMAIN_WERKHOUDING,
  PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL,
  PASSEND_OPP_DOMAIN_LICHAMELIJK_MEDISCH,
  PASSEND_OPP_DOMAIN_THUISSITUATIE,
} PassendOppDomain;

#define PASSEND_OPP_N_DOMAINS (PASSEND_OPP_DOMAIN_THUISSITUATIE + 1)

/* "leren", "werkhouding", "sociaal-emotioneel", "lichamelijk-medisch",
 * "thuissituatie". */
const char *passend_opp_domain_to_string   (PassendOppDomain  domain);
gboolean    passend_opp_domain_from_string (const char       *text,
                                            PassendOppDomain *out);
/* Translated: "Learning", "Work Attitude", "Social and Emotional",
 * "Physical and Medical", "Home Situation". */
const char *passend_opp_domain_get_label   (PassendOppDomain  domain);
/* "Leren en cognitie", "Werkhouding", "Sociaal-emotioneel",
 * "Lichamelijk en medisch", "Thuissituatie". */
const char *passend_opp_domain_get_dutch   (PassendOppDomain  domain);

typedef enum
{
  PASSEND_OPP_POLARITY_BELEMMEREND,
  PASSEND_OPP_POLARITY_BEVORDEREND,
} PassendOppPolarity;

/* "belemmerend", "bevorderend"; labels "Hindering", "Supporting";
 * Dutch "Belemmerende factoren", "Bevorderende factoren". */
const char *passend_opp_polarity_to_string   (PassendOppPolarity  polarity);
gboolean    passend_opp_polarity_from_string (const char         *text,
                                              PassendOppPolarity *out);
const char *passend_opp_polarity_get_label   (PassendOppPolarity  polarity);
const char *passend_opp_polarity_get_dutch   (PassendOppPolarity  polarity);

typedef enum
{
  PASSEND_OPP_NEED_ONDERWIJS,
  PASSEND_OPP_NEED_ONDERSTEUNING,
} PassendOppNeedKind;

/* "onderwijs", "ondersteuning"; labels "Educational Need", "Support Need";
 * Dutch "Onderwijsbehoefte", "Ondersteuningsbehoefte". */
const char *passend_opp_need_kind_to_string   (PassendOppNeedKind  kind);
gboolean    passend_opp_need_kind_from_string (const char         *text,
                                               PassendOppNeedKind *out);
const char *passend_opp_need_kind_get_label   (PassendOppNeedKind  kind);
const char *passend_opp_need_kind_get_dutch   (PassendOppNeedKind  kind);

/* What started the 6-week term. NONE is stored as NULL. */
typedef enum
{
  PASSEND_OPP_TRIGGER_NONE,
  PASSEND_OPP_TRIGGER_ENROLMENT,
  PASSEND_OPP_TRIGGER_EXTRA_SUPPORT,
  PASSEND_OPP_TRIGGER_ARRANGEMENT,
} PassendOppTrigger;

/* NULL, "enrolment", "extra-support", "arrangement"; labels "Enrolment",
 * "Extra Support Agreed", "Arrangement Granted"; Dutch "inschrijving",
 * "extra ondersteuning afgesproken", "arrangement toegekend". */
const char *passend_opp_trigger_to_string   (PassendOppTrigger  trigger);
gboolean    passend_opp_trigger_from_string (const char        *text,
                                             PassendOppTrigger *out);
const char *passend_opp_trigger_get_label   (PassendOppTrigger  trigger);
const char *passend_opp_trigger_get_dutch   (PassendOppTrigger  trigger);

/* The VSO uitstroomprofiel; NONE ("") for regular VO, where
 * uitstroom_level names the onderwijssoort ("vmbo-kader", "havo"). */
typedef enum
{
  PASSEND_OPP_PROFILE_NONE,
  PASSEND_OPP_PROFILE_VERVOLGONDERWIJS,
  PASSEND_OPP_PROFILE_ARBEIDSMARKT,
  PASSEND_OPP_PROFILE_DAGBESTEDING,
} PassendOppProfile;

/* "", "vervolgonderwijs", "arbeidsmarkt", "dagbesteding"; labels "None",
 * "Further Education", "Labour Market", "Day Activities"; Dutch "",
 * "vervolgonderwijs", "arbeidsmarkt", "dagbesteding". */
const char *passend_opp_profile_to_string   (PassendOppProfile  profile);
gboolean    passend_opp_profile_from_string (const char        *text,
                                             PassendOppProfile *out);
const char *passend_opp_profile_get_label   (PassendOppProfile  profile);
const char *passend_opp_profile_get_dutch   (PassendOppProfile  profile);

typedef enum
{
  PASSEND_OPP_END_SUPPORT_ENDED,
  PASSEND_OPP_END_LEFT_SCHOOL,
  PASSEND_OPP_END_TLV,
  PASSEND_OPP_END_OTHER,
} PassendOppEndReason;

/* "support-ended", "left-school", "tlv", "other"; labels "Extra Support
 * Ended", "Left the School", "Moved With a TLV", "Other"; Dutch "extra
 * ondersteuning beëindigd", "uitgeschreven", "TLV / overplaatsing",
 * "anders". */
const char *passend_opp_end_reason_to_string   (PassendOppEndReason  reason);
gboolean    passend_opp_end_reason_from_string (const char          *text,
                                                PassendOppEndReason *out);
const char *passend_opp_end_reason_get_label   (PassendOppEndReason  reason);
const char *passend_opp_end_reason_get_dutch   (PassendOppEndReason  reason);

typedef enum
{
  PASSEND_OPP_RESULT_REACHED,
  PASSEND_OPP_RESULT_PARTLY,
  PASSEND_OPP_RESULT_NOT_REACHED,
} PassendOppResult;

/* "reached", "partly", "not-reached"; labels "Reached", "Partly Reached",
 * "Not Reached"; Dutch "behaald", "deels behaald", "niet behaald". */
const char *passend_opp_result_to_string   (PassendOppResult  result);
gboolean    passend_opp_result_from_string (const char       *text,
                                            PassendOppResult *out);
const char *passend_opp_result_get_label   (PassendOppResult  result);
const char *passend_opp_result_get_dutch   (PassendOppResult  result);

/* Who signs, what they declare, and how. A school signature is always
 * ESTABLISHED (vaststelling); guardians and the student give AGREED or
 * NOT_AGREED (instemming with the handelingsdeel, or not). */
typedef enum
{
  PASSEND_OPP_SIGNER_GUARDIAN,
  PASSEND_OPP_SIGNER_STUDENT,
  PASSEND_OPP_SIGNER_SCHOOL,
} PassendOppSigner;

typedef enum
{
  PASSEND_OPP_OUTCOME_AGREED,
  PASSEND_OPP_OUTCOME_NOT_AGREED,
  PASSEND_OPP_OUTCOME_ESTABLISHED,
} PassendOppOutcome;

typedef enum
{
  PASSEND_OPP_METHOD_PAD,    /* drawn on screen: strokes */
  PASSEND_OPP_METHOD_PAPER,  /* wet ink: a scan */
  PASSEND_OPP_METHOD_NONE,   /* recorded without a signature (e.g. by phone) */
} PassendOppMethod;

/* Signer "guardian", "student", "school"; labels "Parent or Guardian",
 * "Student", "School"; Dutch "ouder/verzorger", "leerling", "school". */
const char *passend_opp_signer_to_string    (PassendOppSigner   signer);
gboolean    passend_opp_signer_from_string  (const char        *text,
                                             PassendOppSigner  *out);
const char *passend_opp_signer_get_label    (PassendOppSigner   signer);
const char *passend_opp_signer_get_dutch    (PassendOppSigner   signer);
/* Outcome "agreed", "not-agreed", "established"; labels "Agreed", "Not
 * Agreed", "Established"; Dutch "akkoord", "niet akkoord", "vastgesteld". */
const char *passend_opp_outcome_to_string   (PassendOppOutcome  outcome);
gboolean    passend_opp_outcome_from_string (const char        *text,
                                             PassendOppOutcome *out);
const char *passend_opp_outcome_get_label   (PassendOppOutcome  outcome);
const char *passend_opp_outcome_get_dutch   (PassendOppOutcome  outcome);
/* Method "pad", "paper", "none"; labels "Signed on Screen", "Signed on
 * Paper", "Not Signed"; Dutch "digitaal getekend", "natte handtekening",
 * "zonder handtekening". */
const char *passend_opp_method_to_string    (PassendOppMethod   method);
gboolean    passend_opp_method_from_string  (const char        *text,
                                             PassendOppMethod  *out);
const char *passend_opp_method_get_label    (PassendOppMethod   method);
const char *passend_opp_method_get_dutch    (PassendOppMethod   method);

/* The rows of one version. Rows are plain structs owned by the
 * document's arrays (free functions below are the arrays' free funcs).
 * position is the row's place: factors are ordered within their
 * (domain, polarity) group, the other rows within the version. The
 * arrays of a loaded document are in that order. */

typedef struct
{
  gint64              id;
  PassendOppDomain    domain;
  PassendOppPolarity  polarity;
  int                 position;
  char               *body;
} PassendOppFactor;

/* body is phrased "heeft … nodig". */
typedef struct
{
  gint64              id;
  PassendOppNeedKind  kind;
  PassendOppDomain    domain;
  int                 position;
  char               *body;
} PassendOppNeed;

/* need_id: the need the goal answers (0: none) — the golden thread. */
typedef struct
{
  gint64            id;
  gint64            need_id;
  PassendOppDomain  domain;
  int               position;
  char             *body;
  char             *criterion;
  PassendDay        target_on;
} PassendOppGoal;

/* A line of the handelingsdeel. goal_id: the goal it serves (0: none);
 * intervention_id: the student's intervention it is (0: none; a link,
 * not content). is_extra: extra ondersteuning, which needs instemming. */
typedef struct
{
  gint64      id;
  gint64      goal_id;
  gint64      intervention_id;
  int         position;
  char       *what;
  char       *who;
  char       *frequency;
  PassendDay  from_on;
  PassendDay  until_on;
  PassendDay  evaluation_on;
  gboolean    is_extra;
} PassendOppSupport;

/* One OOGO meeting with the parents. */
typedef struct
{
  gint64      id;
  int         position;
  PassendDay  held_on;
  char       *participants;
  char       *summary;
} PassendOppConsultation;

typedef struct
{
  gint64            goal_id;
  PassendOppResult  result;
  char             *note;
} PassendOppGoalResult;

/* An evaluation after vaststelling: not part of the frozen content.
 * results: PassendOppGoalResult, one per goal evaluated. */
typedef struct
{
  gint64      id;
  PassendDay  held_on;
  char       *participants;
  char       *student_view;
  char       *conclusions;
  GPtrArray  *results;
  gint64      created_at;
  gint64      updated_at;
} PassendOppEvaluation;

/* A recorded instemming or vaststelling. strokes: the pad drawing in the
 * format of passend-signature.h (NULL unless method is PAD);
 * scan_sha256: the paper scan in the attachment store (NULL unless
 * PAPER); version_sha256: the content hash the signer was shown. */
typedef struct
{
  gint64             id;
  PassendOppSigner   signer;
  gint64             guardian_id;
  char              *name;
  char              *role;
  PassendOppOutcome  outcome;
  char              *reason;
  PassendDay         signed_on;
  char              *place;
  PassendOppMethod   method;
  GBytes            *strokes;
  char              *scan_sha256;
  char              *version_sha256;
  gint64             created_at;
} PassendOppSignature;

/* One row of opp_state_change. changed_at: Unix seconds. */
typedef struct
{
  PassendOppState  state;
  gint64           changed_at;
  char            *note;
  char            *actor;
} PassendOppStateChange;

/* A guardian of the student, for the instemming rule and the signature
 * form. */
typedef struct
{
  gint64    id;
  char     *name;
  char     *relation;
  gboolean  has_gezag;
} PassendOppGuardian;

PassendOppFactor       *passend_opp_factor_new        (PassendOppDomain    domain,
                                                       PassendOppPolarity  polarity,
                                                       const char         *body);
PassendOppFactor       *passend_opp_factor_copy       (const PassendOppFactor *factor);
void                    passend_opp_factor_free       (PassendOppFactor   *factor);
PassendOppNeed         *passend_opp_need_new          (PassendOppNeedKind  kind,
                                                       PassendOppDomain    domain,
                                                       const char         *body);
PassendOppNeed         *passend_opp_need_copy         (const PassendOppNeed *need);
void                    passend_opp_need_free         (PassendOppNeed     *need);
PassendOppGoal         *passend_opp_goal_new          (PassendOppDomain    domain,
                                                       const char         *body);
PassendOppGoal         *passend_opp_goal_copy         (const PassendOppGoal *goal);
void                    passend_opp_goal_free         (PassendOppGoal     *goal);
/* is_extra defaults to TRUE, as in the schema. */
PassendOppSupport      *passend_opp_support_new       (const char         *what);
PassendOppSupport      *passend_opp_support_copy      (const PassendOppSupport *support);
void                    passend_opp_support_free      (PassendOppSupport  *support);
PassendOppConsultation *passend_opp_consultation_new  (PassendDay          held_on);
PassendOppConsultation *passend_opp_consultation_copy (const PassendOppConsultation *consultation);
void                    passend_opp_consultation_free (PassendOppConsultation *consultation);
PassendOppGoalResult   *passend_opp_goal_result_new   (gint64              goal_id,
                                                       PassendOppResult    result,
                                                       const char         *note);
void                    passend_opp_goal_result_free  (PassendOppGoalResult *result);
PassendOppEvaluation   *passend_opp_evaluation_new    (PassendDay          held_on);
PassendOppEvaluation   *passend_opp_evaluation_copy   (const PassendOppEvaluation *evaluation);
void                    passend_opp_evaluation_free   (PassendOppEvaluation *evaluation);
PassendOppSignature    *passend_opp_signature_new     (PassendOppSigner    signer,
                                                       PassendOppOutcome   outcome,
                                                       const char         *name,
                                                       PassendDay          signed_on);
PassendOppSignature    *passend_opp_signature_copy    (const PassendOppSignature *signature);
void                    passend_opp_signature_free    (PassendOppSignature *signature);
void                    passend_opp_state_change_free (PassendOppStateChange *change);
PassendOppGuardian     *passend_opp_guardian_new      (gint64              id,
                                                       const char         *name,
                                                       gboolean            has_gezag);
void                    passend_opp_guardian_free     (PassendOppGuardian *guardian);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppFactor, passend_opp_factor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppNeed, passend_opp_need_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppGoal, passend_opp_goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppSupport, passend_opp_support_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppConsultation, passend_opp_consultation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppGoalResult, passend_opp_goal_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppEvaluation, passend_opp_evaluation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppSignature, passend_opp_signature_free)

/* One version with everything around it, as the store loads it in one
 * call: read by the editor, the PDF and the rules. A refcounted boxed
 * type with public fields; strings are never NULL ("" when empty) except
 * content_sha256, which is NULL until the version is vastgesteld.
 *
 * The content (what the hash covers; the freeze also covers number and
 * based_on) is: trigger_kind, trigger_on, uitstroom_profile, uitstroom_level,
 * student_heard_on, maatwerk, isd_requested_on, isd_decided_on, texts,
 * factors, needs, goals, supports and consultations. See
 * passend-opp-content.h. */
typedef struct _PassendOppDocument PassendOppDocument;

struct _PassendOppDocument
{
  /*< private >*/
  gatomicrefcount    ref_count;

  /*< public >*/
  gint64             id;
  gint64             student_id;
  int                number;
  PassendOppState    state;

  /* The student and school as they are now (not frozen: the PDF prints
   * the current name). student_name: "Jan de Vries". */
  char              *student_name;
  PassendDay         student_birth_date;
  char              *student_class;
  char              *student_lvs_number;
  char              *school_name;
  /* PassendOppGuardian: every guardian of the student, gezag or not. */
  GPtrArray         *guardians;

  /* Content. based_on_number: the number of based_on_id's version (0). */
  PassendOppTrigger  trigger_kind;
  PassendDay         trigger_on;
  gint64             based_on_id;
  int                based_on_number;
  PassendOppProfile  uitstroom_profile;
  char              *uitstroom_level;
  PassendDay         student_heard_on;
  gboolean           maatwerk;
  PassendDay         isd_requested_on;
  PassendDay         isd_decided_on;
  /* Indexed by PassendOppSection; "" when the section is empty. */
  char              *texts[PASSEND_OPP_N_SECTIONS];
  GPtrArray         *factors;        /* PassendOppFactor */
  GPtrArray         *needs;          /* PassendOppNeed */
  GPtrArray         *goals;          /* PassendOppGoal */
  GPtrArray         *supports;       /* PassendOppSupport */
  GPtrArray         *consultations;  /* PassendOppConsultation */

  /* Beside the content. */
  char              *content_sha256;
  PassendDay         established_on;
  PassendDay         ended_on;
  gboolean           has_end_reason;
  PassendOppEndReason end_reason;
  char              *end_note;
  PassendDay         bron_reported_on;
  GPtrArray         *evaluations;    /* PassendOppEvaluation, by held_on */
  GPtrArray         *signatures;     /* PassendOppSignature, by created_at */
  GPtrArray         *history;        /* PassendOppStateChange, oldest first */
  gint64             created_at;
  gint64             updated_at;
};

#define PASSEND_TYPE_OPP_DOCUMENT (passend_opp_document_get_type ())
GType               passend_opp_document_get_type (void) G_GNUC_CONST;

/* An empty concept version 1 with every array allocated. */
PassendOppDocument *passend_opp_document_new      (void);
PassendOppDocument *passend_opp_document_ref      (PassendOppDocument *self);
void                passend_opp_document_unref    (PassendOppDocument *self);
/* A deep copy of everything (ids included), refcount 1. */
PassendOppDocument *passend_opp_document_copy     (const PassendOppDocument *self);

/* "" when the section is empty. */
const char         *passend_opp_document_get_text (const PassendOppDocument *self,
                                                   PassendOppSection         section);
void                passend_opp_document_set_text (PassendOppDocument       *self,
                                                   PassendOppSection         section,
                                                   const char               *text);
/* vastgesteld, in uitvoering, geëvalueerd, bijgesteld, or beëindigd after
 * vaststelling: content_sha256 is set. */
gboolean            passend_opp_document_is_established (const PassendOppDocument *self);
/* At least one support line with is_extra: the handelingsdeel then needs
 * instemming. */
gboolean            passend_opp_document_has_extra_support (const PassendOppDocument *self);

/* Look-ups by id; NULL when not there. */
PassendOppNeed     *passend_opp_document_find_need    (const PassendOppDocument *self,
                                                       gint64                    id);
PassendOppGoal     *passend_opp_document_find_goal    (const PassendOppDocument *self,
                                                       gint64                    id);
PassendOppGuardian *passend_opp_document_find_guardian (const PassendOppDocument *self,
                                                        gint64                    id);
/* The latest evaluation (NULL: none). */
PassendOppEvaluation *passend_opp_document_get_last_evaluation (const PassendOppDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppDocument, passend_opp_document_unref)

/* A version in a student's list of versions, without its content. */
typedef struct
{
  gint64           id;
  int              number;
  PassendOppState  state;
  PassendDay       established_on;
  PassendDay       ended_on;
  char            *content_sha256;
  gint64           created_at;
  gint64           updated_at;
} PassendOppVersionInfo;

void passend_opp_version_info_free (PassendOppVersionInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppVersionInfo, passend_opp_version_info_free)

G_END_DECLS
