/* passend-protocol.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The local protocol values the deadline rules use. Many "rules" of the
 * job are set by the samenwerkingsverband, the municipality or the school
 * itself (DOMAIN.md), so they are data the coordinator can change; the
 * defaults are the seed school's (and the law's, where it sets one). */
typedef enum
{
  PASSEND_PROTOCOL_WARNING_HORIZON_DAYS,      /* 14: how far ahead the Overzicht looks */
  PASSEND_PROTOCOL_OPP_WEEKS,                 /* 6: OPP set within 6 weeks of extra support */
  PASSEND_PROTOCOL_OPP_EVALUATION_MONTHS,     /* 12: evaluated at least once per school year */
  PASSEND_PROTOCOL_OPP_EVALUATION_WARNING_WEEKS, /* 4: warn this long before */
  PASSEND_PROTOCOL_ZORGPLICHT_WEEKS,          /* 6: decision term after the written aanmelding */
  PASSEND_PROTOCOL_ZORGPLICHT_EXTENSION_WEEKS,/* 4: the one extension */
  PASSEND_PROTOCOL_ZORGPLICHT_PLACEMENT_WEEKS,/* 10: no decision → right to tijdelijke plaatsing */
  PASSEND_PROTOCOL_ABSENCE_HOURS,             /* 16 lesuren … */
  PASSEND_PROTOCOL_ABSENCE_SCHOOL_WEEKS,      /* … within 4 school weeks */
  PASSEND_PROTOCOL_LATE_ARRIVALS,             /* 9× te laat (local) */
  PASSEND_PROTOCOL_SICK_REPORTS,              /* M@ZL: the 4th sick report … */
  PASSEND_PROTOCOL_SICK_REPORT_SCHOOL_WEEKS,  /* … within 12 school weeks */
  PASSEND_PROTOCOL_OPP_HOORRECHT_YEAR,        /* 2025: hoorrecht for OPPs set from 1 August of this year */
  PASSEND_PROTOCOL_OPP_CONSENT_ALL_GUARDIANS, /* 1: every guardian with gezag consents; 0: one is enough */
  PASSEND_PROTOCOL_OPP_CONSENT_AGE,           /* 18: from this age the student consents */
  PASSEND_PROTOCOL_ABSENCE_REPORT_DAYS,       /* 5: report to DUO within 5 school days of the threshold */
  PASSEND_PROTOCOL_SICK_CONSECUTIVE_DAYS,     /* 7: M@ZL: the 7th consecutive school day sick */
  PASSEND_PROTOCOL_TLV_REMINDER_WEEKS,        /* 12: remind this long before a TLV ends */
  PASSEND_PROTOCOL_N_VALUES,
} PassendProtocolValue;

typedef struct
{
  int values[PASSEND_PROTOCOL_N_VALUES];
} PassendProtocol;

void        passend_protocol_init_defaults   (PassendProtocol      *protocol);
int         passend_protocol_get             (const PassendProtocol *protocol,
                                              PassendProtocolValue  value);
void        passend_protocol_set             (PassendProtocol      *protocol,
                                              PassendProtocolValue  value,
                                              int                   number);
int         passend_protocol_get_default     (PassendProtocolValue  value);
/* The stable key stored in protocol_value ("opp-weeks", …). */
const char *passend_protocol_get_key         (PassendProtocolValue  value);
gboolean    passend_protocol_from_key        (const char           *key,
                                              PassendProtocolValue *out);
/* Translated title and a sentence of explanation, for Preferences. */
const char *passend_protocol_get_title       (PassendProtocolValue  value);
const char *passend_protocol_get_description (PassendProtocolValue  value);
/* The range Preferences allows; the store refuses values outside it. */
void        passend_protocol_get_range       (PassendProtocolValue  value,
                                              int                  *minimum,
                                              int                  *maximum);

G_END_DECLS
