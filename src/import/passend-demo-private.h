/* passend-demo-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-school.h"

G_BEGIN_DECLS

/* The generator is split along its seams: names (passend-demo-names.c),
 * the school's people and students (passend-demo-students.c), the support
 * statuses and timelines (passend-demo-timeline.c) and the Dutch record
 * text they are written in (passend-demo-phrases.c). Everything draws from
 * the one GRand in DemoBuilder, in a fixed order, so a seed and a day
 * always give the same school. */

/* Room for the status changes (at most three) and one entry more. */
#define DEMO_MIN_ENTRIES_PER_STUDENT 4
#define DEMO_ENTRIES_PER_STUDENT     25
#define DEMO_MAX_STUDENTS            20000
#define DEMO_MAX_ENTRIES             10000000

typedef enum
{
  DEMO_ORIGIN_DUTCH,
  DEMO_ORIGIN_MOROCCAN,
  DEMO_ORIGIN_TURKISH,
  DEMO_ORIGIN_SURINAMESE,
  DEMO_ORIGIN_POLISH,
  DEMO_ORIGIN_OTHER,
  DEMO_N_ORIGINS,
} DemoOrigin;

typedef struct
{
  char       *given;
  char       *tussenvoegsel;
  char       *family;
  gboolean    female;
  DemoOrigin  origin;
} DemoName;

typedef struct
{
  gint64      id;
  char       *name;      /* display name, used as the author of entries */
  const char *role;
  const char *subject;   /* what a teacher teaches; NULL for others */
} DemoStaff;

typedef struct
{
  const char *track;      /* "vmbo-gt" */
  const char *letters;    /* "GT", for class names */
  int         n_years;
  double      share;      /* of the whole school */
  double      case_weight;
  const char *location;
} DemoTrack;

typedef struct
{
  char            *name;      /* "3GT1" */
  const DemoTrack *track;
  int              year;
  guint            mentor;    /* index into DemoBuilder.teachers */
  guint            leco;      /* index into DemoBuilder.lecos */
  guint            teamleider;
  guint            size;
} DemoClass;

typedef struct
{
  gint64      id;
  guint       class_index;
  char       *roepnaam;
  char       *family;       /* for the guardians */
  char       *tussenvoegsel;
  DemoOrigin  origin;
  gboolean    female;
  PassendDay  enrolled_on;
} DemoStudent;

typedef struct
{
  PassendDatabase     *database;
  PassendDemoOptions   options;
  GRand               *rand;
  GTimeZone           *tz;
  int                  school_year;    /* start year of today's school year */

  PassendProgressFunc  progress;
  gpointer             progress_data;
  guint64              work_done;
  guint64              work_total;
  guint64              next_report;

  GHashTable          *staff_codes;    /* 3-letter codes in use */
  GArray              *teachers;       /* DemoStaff; mentors come first */
  GArray              *lecos;          /* DemoStaff */
  GArray              *teamleiders;    /* DemoStaff */
  DemoStaff            oco;
  DemoStaff            verzuim;
  DemoStaff            aandacht;
  DemoStaff            rt;
  DemoStaff            ortho;
  DemoStaff            decaan;
  DemoStaff            directeur;
  DemoStaff            begeleider;
  DemoStaff            leerplicht;
  DemoStaff            jeugdarts;
  DemoStaff            jeugdverpleegkundige;
  DemoStaff            sociaal_team;
  DemoStaff            consulent;
  DemoStaff            jos;
  DemoStaff            bpo;
  DemoStaff            ggz;
  DemoStaff            vso;

  GArray              *classes;        /* DemoClass */
  GArray              *students;       /* DemoStudent */
} DemoBuilder;

/* passend-demo-school.c */
void        demo_builder_advance          (DemoBuilder      *b,
                                           guint64           units);
gint64      demo_builder_moment           (DemoBuilder      *b,
                                           PassendDay        day,
                                           int               minutes);
void        demo_staff_clear              (DemoStaff        *staff);

/* passend-demo-names.c */
void        demo_name_clear               (DemoName         *name);
void        demo_name_student             (GRand            *rand,
                                           DemoName         *name);
void        demo_name_staff               (GRand            *rand,
                                           DemoName         *name);
/* A guardian of a student: the same family name, or the parent's own. */
void        demo_name_guardian            (GRand            *rand,
                                           const DemoStudent *student,
                                           gboolean          mother,
                                           DemoName         *name);
char       *demo_voorletters              (GRand            *rand,
                                           const char       *given,
                                           guint             max_extra);
char       *demo_staff_code               (GHashTable       *codes,
                                           const DemoName   *name);
const char *demo_pick_subject             (GRand            *rand);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoName, demo_name_clear)

/* passend-demo-students.c */
gboolean    demo_add_school_and_staff     (DemoBuilder      *b,
                                           GError          **error);
gboolean    demo_add_students             (DemoBuilder      *b,
                                           GError          **error);

/* One caseload student's story, as the timeline writes it. */
typedef struct
{
  DemoBuilder       *b;
  const DemoStudent *student;
  const DemoClass   *klass;
  const DemoStaff   *mentor;
  const DemoStaff   *leco;
  const DemoStaff   *teamleider;
  const DemoStaff   *regie;
  PassendNiveau      niveau;
  PassendPhase       phase;
  const char        *needs[3];
  guint              n_needs;
} DemoCase;

typedef struct
{
  const char *name;        /* "RT dyslexie" */
  const char *need;        /* the need it answers; NULL: any */
  int         weeks;
  int         sessions;
  const char *frequency;
  const char *goal;
} DemoIntervention;

/* One entry being written. The values are drawn at most once per entry,
 * so a template that names the hours twice says the same number twice. */
typedef struct
{
  PassendEntryKind        kind;
  const char             *author;
  PassendConfidentiality  confidentiality;
  gboolean                is_fact;
  GString                *title;
  GString                *body;
  const char             *subject;
  const char             *parent;
  const DemoIntervention *intervention;
  int                     hours;
  int                     weeks;
  int                     count;
} DemoText;

/* passend-demo-timeline.c */
gboolean    demo_add_caseload             (DemoBuilder      *b,
                                           GError          **error);

/* passend-demo-phrases.c */
void        demo_text_reset               (DemoText               *t);
void        demo_text_append              (DemoCase               *c,
                                           DemoText               *t,
                                           GString                *out,
                                           const char             *tmpl);
/* NULL-terminated lists of templates; a leading '~' marks an opinion. */
void        demo_text_append_one          (DemoCase               *c,
                                           DemoText               *t,
                                           GString                *out,
                                           const char * const     *templates);
void        demo_text_append_some         (DemoCase               *c,
                                           DemoText               *t,
                                           GString                *out,
                                           const char * const     *templates,
                                           guint                   n_wanted);
const char *demo_pick_need                (GRand                  *rand);
const char *demo_status_reason            (GRand                  *rand,
                                           PassendNiveau           niveau,
                                           PassendPhase            phase,
                                           gboolean                first);
const DemoIntervention *
            demo_pick_intervention        (DemoCase               *c);
void        demo_write_intervention       (DemoCase               *c,
                                           const DemoIntervention *intervention,
                                           gboolean                start,
                                           DemoText               *t);
void        demo_write_meldcode           (DemoCase               *c,
                                           guint                   step,
                                           DemoText               *t);

/* passend-demo-entries.c */
void        demo_write_entry              (DemoCase               *c,
                                           DemoText               *t);

/* Helpers shared by all parts. */
#define DEMO_PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static inline gboolean
demo_chance (GRand  *rand,
             double  probability)
{
  return g_rand_double (rand) < probability;
}

/* passend-demo-attachments.c: generated reports on some caseload
 * students' entries. */
gboolean    demo_add_attachments          (DemoBuilder      *b,
                                           GError          **error);

G_END_DECLS
