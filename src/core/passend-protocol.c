/* passend-protocol.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-protocol.h"

typedef struct
{
  const char *key;
  int default_value;
  int minimum;
  int maximum;
  const char *title;
  const char *description;
} ProtocolInfo;

/* In the order of PassendProtocolValue. The keys are stored in the
 * database: never rename one. */
static const ProtocolInfo infos[PASSEND_PROTOCOL_N_VALUES] = {
  { "warning-horizon-days", 14, 1, 90,
    N_("Warning Horizon (Days)"),
    N_("How far ahead the overview shows coming deadlines.") },
  { "opp-weeks", 6, 1, 26,
    N_("OPP Term (Weeks)"),
    N_("An OPP must be set within this many weeks after extra support was agreed.") },
  { "opp-evaluation-months", 12, 1, 24,
    N_("OPP Evaluation Interval (Months)"),
    N_("An OPP is evaluated with the parents at least this often.") },
  { "opp-evaluation-warning-weeks", 4, 1, 12,
    N_("OPP Evaluation Warning (Weeks)"),
    N_("How long before an evaluation is due it appears in the overview.") },
  { "zorgplicht-weeks", 6, 1, 26,
    N_("Decision Term (Weeks)"),
    N_("The decision on an aanmelding is due this many weeks after the written aanmelding.") },
  { "zorgplicht-extension-weeks", 4, 0, 12,
    N_("Extension (Weeks)"),
    N_("The decision term may be extended once by at most this many weeks.") },
  { "zorgplicht-placement-weeks", 10, 1, 52,
    N_("Temporary Placement (Weeks)"),
    N_("Without a decision after this many weeks the pupil has a right to temporary placement.") },
  { "absence-hours", 16, 1, 100,
    N_("Absence Report (Lessons)"),
    N_("Unauthorised absence of this many lessons must be reported to DUO…") },
  { "absence-school-weeks", 4, 1, 12,
    N_("Absence Period (School Weeks)"),
    N_("…when it builds up within this many school weeks.") },
  { "late-arrivals", 9, 1, 50,
    N_("Late Arrivals"),
    N_("Arriving late this many times is reported to the leerplichtambtenaar.") },
  { "sick-reports", 4, 1, 20,
    N_("Sick Reports (M@ZL)"),
    N_("This sick report within the period below makes sickness absence a concern…") },
  { "sick-report-school-weeks", 12, 1, 52,
    N_("Sick Report Period (School Weeks)"),
    N_("…counted over this many school weeks.") },
  { "opp-hoorrecht-year", 2025, 2017, 2100,
    N_("OPP Hoorrecht From (Year)"),
    N_("An OPP set on or after 1 August of this year records the student’s view, the day they were heard and how it was weighed.") },
  { "opp-consent-all-guardians", 1, 0, 1,
    N_("OPP Consent From Every Guardian"),
    N_("1: every parent with gezag consents to the handelingsdeel; 0: consent from one of them is enough.") },
  { "opp-consent-age", 18, 12, 18,
    N_("OPP Consent Age"),
    N_("From this age the student consents to the handelingsdeel instead of the parents.") },
  { "absence-report-days", 5, 1, 20,
    N_("Absence Report Term (School Days)"),
    N_("Once the absence threshold is reached, the report to DUO is due within this many school days.") },
  { "sick-consecutive-days", 7, 2, 30,
    N_("Consecutive Sick Days (M@ZL)"),
    N_("Being sick this many school days in a row also makes sickness absence a concern.") },
  { "tlv-reminder-weeks", 12, 1, 52,
    N_("TLV Renewal Reminder (Weeks)"),
    N_("How long before a granted TLV ends the overview reminds you that it needs renewing.") },
};

void
passend_protocol_init_defaults (PassendProtocol *protocol)
{
  g_return_if_fail (protocol != NULL);

  for (int i = 0; i < PASSEND_PROTOCOL_N_VALUES; i++)
    protocol->values[i] = infos[i].default_value;
}

int
passend_protocol_get (const PassendProtocol *protocol,
                      PassendProtocolValue   value)
{
  g_return_val_if_fail (protocol != NULL, 0);
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, 0);

  return protocol->values[value];
}

void
passend_protocol_set (PassendProtocol      *protocol,
                      PassendProtocolValue  value,
                      int                   number)
{
  g_return_if_fail (protocol != NULL);
  g_return_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES);

  protocol->values[value] = number;
}

int
passend_protocol_get_default (PassendProtocolValue value)
{
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, 0);

  return infos[value].default_value;
}

const char *
passend_protocol_get_key (PassendProtocolValue value)
{
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, NULL);

  return infos[value].key;
}

gboolean
passend_protocol_from_key (const char           *key,
                           PassendProtocolValue *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (int i = 0; key != NULL && i < PASSEND_PROTOCOL_N_VALUES; i++)
    {
      if (g_str_equal (key, infos[i].key))
        {
          *out = (PassendProtocolValue) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_protocol_get_title (PassendProtocolValue value)
{
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, NULL);

  return _(infos[value].title);
}

const char *
passend_protocol_get_description (PassendProtocolValue value)
{
  g_return_val_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES, NULL);

  return _(infos[value].description);
}

void
passend_protocol_get_range (PassendProtocolValue  value,
                            int                  *minimum,
                            int                  *maximum)
{
  g_return_if_fail ((guint) value < PASSEND_PROTOCOL_N_VALUES);

  if (minimum != NULL)
    *minimum = infos[value].minimum;
  if (maximum != NULL)
    *maximum = infos[value].maximum;
}
