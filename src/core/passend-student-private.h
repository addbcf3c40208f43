/* passend-student-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-student.h"

G_BEGIN_DECLS

enum
{
  PROP_0,
  PROP_ID,
  PROP_LVS_NUMBER,
  PROP_ROEPNAAM,
  PROP_VOORLETTERS,
  PROP_TUSSENVOEGSEL,
  PROP_ACHTERNAAM,
  PROP_BIRTH_DATE,
  PROP_GENDER,
  PROP_CLASS_NAME,
  PROP_YEAR,
  PROP_TRACK,
  PROP_LOCATION,
  PROP_MENTOR_ID,
  PROP_MENTOR_NAME,
  PROP_ENROLLED_ON,
  PROP_LEFT_ON,
  PROP_NIVEAU,
  PROP_PHASE,
  PROP_REGIE,
  PROP_REGIE_PERSON_ID,
  PROP_REGIE_NAME,
  PROP_CASE_OPEN,
  PROP_DISPLAY_NAME,
  PROP_SORT_NAME,
  PROP_CLOSED_ON,
  PROP_CLOSE_OUTCOME,
  PROP_OPP_ESTABLISHED_ON,
  N_PROPS
};

/* Shared with passend-student-support.c, which holds the support-status
 * accessors; defined in passend-student.c. */
extern GParamSpec *_passend_student_properties[N_PROPS];

struct _PassendStudent
{
  GObject parent_instance;

  gint64 id;
  char *lvs_number;
  char *roepnaam;
  char *voorletters;
  char *tussenvoegsel;
  char *achternaam;
  PassendDay birth_date;
  char *gender;
  char *class_name;
  int year;
  char *track;
  char *location;
  gint64 mentor_id;
  char *mentor_name;
  PassendDay enrolled_on;
  PassendDay left_on;
  PassendNiveau niveau;
  PassendPhase phase;
  PassendRegie regie;
  gint64 regie_person_id;
  char *regie_name;
  gboolean case_open;
  PassendDay closed_on;
  int close_outcome;
  PassendDay opp_established_on;

  /* Derived from the fields above and dropped when one of them changes;
   * the caseload filter reads them on every keystroke. */
  char *display_name;
  char *sort_name;
  char *sort_key;
  char *search_haystack;
};

/* Drop the cached derived strings; passend-student-names.c builds them
 * again on demand. A name part invalidates all of them, the LVS number
 * and class only the sort key and the search text. */
void _passend_student_drop_name_cache   (PassendStudent *self);
void _passend_student_drop_search_cache (PassendStudent *self);

G_END_DECLS
