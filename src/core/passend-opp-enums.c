/* passend-opp-enums.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-opp.h"

/* Each enum of the OPP has a stored code (the schema's CHECK lists), a
 * translated label and the Dutch of printed documents. The codes are in
 * the database: never rename one. */
typedef struct
{
  const char *code;
  const char *context;
  const char *label;
  const char *dutch;
} EnumInfo;

static const char *
info_label (const EnumInfo *info)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, info->context, info->label);
}

static gboolean
info_from_code (const EnumInfo *infos,
                guint           n_infos,
                const char     *text,
                int            *out)
{
  for (guint i = 0; i < n_infos; i++)
    {
      if (g_strcmp0 (infos[i].code, text) == 0)
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

static const EnumInfo state_infos[] = {
  { "concept", "OPP state", NC_("OPP state", "Draft"), "concept" },
  { "in-overleg", "OPP state", NC_("OPP state", "In Consultation"), "in overleg" },
  { "ter-instemming", "OPP state", NC_("OPP state", "Awaiting Consent"), "ter instemming" },
  { "vastgesteld", "OPP state", NC_("OPP state", "Established"), "vastgesteld" },
  { "in-uitvoering", "OPP state", NC_("OPP state", "In Progress"), "in uitvoering" },
  { "geevalueerd", "OPP state", NC_("OPP state", "Evaluated"), "geëvalueerd" },
  { "bijgesteld", "OPP state", NC_("OPP state", "Revised"), "bijgesteld" },
  { "beeindigd", "OPP state", NC_("OPP state", "Ended"), "beëindigd" },
  { "geen-overeenstemming", "OPP state", NC_("OPP state", "No Agreement"), "geen overeenstemming" },
};

const char *
passend_opp_state_to_string (PassendOppState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_infos), NULL);

  return state_infos[state].code;
}

gboolean
passend_opp_state_from_string (const char *text,
                               PassendOppState *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (state_infos, G_N_ELEMENTS (state_infos), text, &value))
    return FALSE;

  *out = (PassendOppState) value;
  return TRUE;
}

const char *
passend_opp_state_get_label (PassendOppState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_infos), "");

  return info_label (&state_infos[state]);
}

const char *
passend_opp_state_get_dutch (PassendOppState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_infos), "");

  return state_infos[state].dutch;
}

static const EnumInfo section_infos[] = {
  { "schoolloopbaan", "OPP section", NC_("OPP section", "School History"), "Schoolloopbaan" },
  { "earlier-support", "OPP section", NC_("OPP section", "Earlier Support"), "Eerdere ondersteuning" },
  { "po-advice", "OPP section", NC_("OPP section", "Primary School Advice"), "Advies primair onderwijs" },
  { "instroom", "OPP section", NC_("OPP section", "Intake Data"), "Instroomgegevens" },
  { "wishes-student", "OPP section", NC_("OPP section", "Wishes of the Student"), "Wensen van de leerling" },
  { "wishes-parents", "OPP section", NC_("OPP section", "Wishes of the Parents"), "Wensen van de ouders" },
  { "people-involved", "OPP section", NC_("OPP section", "People Involved"), "Betrokkenen" },
  { "uitstroom-onderbouwing", "OPP section", NC_("OPP section", "Rationale"), "Onderbouwing van het uitstroomperspectief" },
  { "afwijkingen", "OPP section", NC_("OPP section", "Departures From the Curriculum"), "Afwijkingen van het onderwijsprogramma" },
  { "toegroeiplan", "OPP section", NC_("OPP section", "Phase-In Plan"), "Toegroeiplan" },
  { "mening-leerling", "OPP section", NC_("OPP section", "Student’s View"), "Mening van de leerling" },
  { "hoorrecht-motivering", "OPP section", NC_("OPP section", "Weighing of the Student’s View"), "Motivering (hoorrecht)" },
  { "zienswijze-ouders", "OPP section", NC_("OPP section", "Parents’ View"), "Zienswijze van de ouders" },
  { "medisch", "OPP section", NC_("OPP section", "Medical Details"), "Medische bijzonderheden" },
};

const char *
passend_opp_section_to_string (PassendOppSection section)
{
  g_return_val_if_fail ((guint) section < G_N_ELEMENTS (section_infos), NULL);

  return section_infos[section].code;
}

gboolean
passend_opp_section_from_string (const char *text,
                                 PassendOppSection *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (section_infos, G_N_ELEMENTS (section_infos), text, &value))
    return FALSE;

  *out = (PassendOppSection) value;
  return TRUE;
}

const char *
passend_opp_section_get_label (PassendOppSection section)
{
  g_return_val_if_fail ((guint) section < G_N_ELEMENTS (section_infos), "");

  return info_label (&section_infos[section]);
}

const char *
passend_opp_section_get_dutch (PassendOppSection section)
{
  g_return_val_if_fail ((guint) section < G_N_ELEMENTS (section_infos), "");

  return section_infos[section].dutch;
}

static const EnumInfo domain_infos[] = {
  { "leren", "OPP domain", NC_("OPP domain", "Learning"), "Leren en cognitie" },
  { "werkhouding", "OPP domain", NC_("OPP domain", "Work Attitude"), "Werkhouding" },
  { "sociaal-emotioneel", "OPP domain", NC_("OPP domain", "Social and Emotional"), "Sociaal-emotioneel" },
  { "lichamelijk-medisch", "OPP domain", NC_("OPP domain", "Physical and Medical"), "Lichamelijk en medisch" },
  { "thuissituatie", "OPP domain", NC_("OPP domain", "Home Situation"), "Thuissituatie" },
};

const char *
passend_opp_domain_to_string (PassendOppDomain domain)
{
  g_return_val_if_fail ((guint) domain < G_N_ELEMENTS (domain_infos), NULL);

  return domain_infos[domain].code;
}

gboolean
passend_opp_domain_from_string (const char *text,
                                PassendOppDomain *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (domain_infos, G_N_ELEMENTS (domain_infos), text, &value))
    return FALSE;

  *out = (PassendOppDomain) value;
  return TRUE;
}

const char *
passend_opp_domain_get_label (PassendOppDomain domain)
{
  g_return_val_if_fail ((guint) domain < G_N_ELEMENTS (domain_infos), "");

  return info_label (&domain_infos[domain]);
}

const char *
passend_opp_domain_get_dutch (PassendOppDomain domain)
{
  g_return_val_if_fail ((guint) domain < G_N_ELEMENTS (domain_infos), "");

  return domain_infos[domain].dutch;
}

static const EnumInfo polarity_infos[] = {
  { "belemmerend", "OPP factor", NC_("OPP factor", "Hindering"), "Belemmerende factoren" },
  { "bevorderend", "OPP factor", NC_("OPP factor", "Supporting"), "Bevorderende factoren" },
};

const char *
passend_opp_polarity_to_string (PassendOppPolarity polarity)
{
  g_return_val_if_fail ((guint) polarity < G_N_ELEMENTS (polarity_infos), NULL);

  return polarity_infos[polarity].code;
}

gboolean
passend_opp_polarity_from_string (const char *text,
                                  PassendOppPolarity *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (polarity_infos, G_N_ELEMENTS (polarity_infos), text, &value))
    return FALSE;

  *out = (PassendOppPolarity) value;
  return TRUE;
}

const char *
passend_opp_polarity_get_label (PassendOppPolarity polarity)
{
  g_return_val_if_fail ((guint) polarity < G_N_ELEMENTS (polarity_infos), "");

  return info_label (&polarity_infos[polarity]);
}

const char *
passend_opp_polarity_get_dutch (PassendOppPolarity polarity)
{
  g_return_val_if_fail ((guint) polarity < G_N_ELEMENTS (polarity_infos), "");

  return polarity_infos[polarity].dutch;
}

static const EnumInfo need_kind_infos[] = {
  { "onderwijs", "OPP need", NC_("OPP need", "Educational Need"), "Onderwijsbehoefte" },
  { "ondersteuning", "OPP need", NC_("OPP need", "Support Need"), "Ondersteuningsbehoefte" },
};

const char *
passend_opp_need_kind_to_string (PassendOppNeedKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (need_kind_infos), NULL);

  return need_kind_infos[kind].code;
}

gboolean
passend_opp_need_kind_from_string (const char *text,
                                   PassendOppNeedKind *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (need_kind_infos, G_N_ELEMENTS (need_kind_infos), text, &value))
    return FALSE;

  *out = (PassendOppNeedKind) value;
  return TRUE;
}

const char *
passend_opp_need_kind_get_label (PassendOppNeedKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (need_kind_infos), "");

  return info_label (&need_kind_infos[kind]);
}

const char *
passend_opp_need_kind_get_dutch (PassendOppNeedKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (need_kind_infos), "");

  return need_kind_infos[kind].dutch;
}

static const EnumInfo trigger_infos[] = {
  { NULL, "OPP trigger", NC_("OPP trigger", "None"), "" },
  { "enrolment", "OPP trigger", NC_("OPP trigger", "Enrolment"), "inschrijving" },
  { "extra-support", "OPP trigger", NC_("OPP trigger", "Extra Support Agreed"), "extra ondersteuning afgesproken" },
  { "arrangement", "OPP trigger", NC_("OPP trigger", "Arrangement Granted"), "arrangement toegekend" },
};

const char *
passend_opp_trigger_to_string (PassendOppTrigger trigger)
{
  g_return_val_if_fail ((guint) trigger < G_N_ELEMENTS (trigger_infos), NULL);

  return trigger_infos[trigger].code;
}

gboolean
passend_opp_trigger_from_string (const char *text,
                                 PassendOppTrigger *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (trigger_infos, G_N_ELEMENTS (trigger_infos), text, &value))
    return FALSE;

  *out = (PassendOppTrigger) value;
  return TRUE;
}

const char *
passend_opp_trigger_get_label (PassendOppTrigger trigger)
{
  g_return_val_if_fail ((guint) trigger < G_N_ELEMENTS (trigger_infos), "");

  return info_label (&trigger_infos[trigger]);
}

const char *
passend_opp_trigger_get_dutch (PassendOppTrigger trigger)
{
  g_return_val_if_fail ((guint) trigger < G_N_ELEMENTS (trigger_infos), "");

  return trigger_infos[trigger].dutch;
}

static const EnumInfo profile_infos[] = {
  { "", "OPP uitstroomprofiel", NC_("OPP uitstroomprofiel", "None"), "" },
  { "vervolgonderwijs", "OPP uitstroomprofiel", NC_("OPP uitstroomprofiel", "Further Education"), "vervolgonderwijs" },
  { "arbeidsmarkt", "OPP uitstroomprofiel", NC_("OPP uitstroomprofiel", "Labour Market"), "arbeidsmarkt" },
  { "dagbesteding", "OPP uitstroomprofiel", NC_("OPP uitstroomprofiel", "Day Activities"), "dagbesteding" },
};

const char *
passend_opp_profile_to_string (PassendOppProfile profile)
{
  g_return_val_if_fail ((guint) profile < G_N_ELEMENTS (profile_infos), NULL);

  return profile_infos[profile].code;
}

gboolean
passend_opp_profile_from_string (const char *text,
                                 PassendOppProfile *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (profile_infos, G_N_ELEMENTS (profile_infos), text, &value))
    return FALSE;

  *out = (PassendOppProfile) value;
  return TRUE;
}

const char *
passend_opp_profile_get_label (PassendOppProfile profile)
{
  g_return_val_if_fail ((guint) profile < G_N_ELEMENTS (profile_infos), "");

  return info_label (&profile_infos[profile]);
}

const char *
passend_opp_profile_get_dutch (PassendOppProfile profile)
{
  g_return_val_if_fail ((guint) profile < G_N_ELEMENTS (profile_infos), "");

  return profile_infos[profile].dutch;
}

static const EnumInfo end_reason_infos[] = {
  { "support-ended", "OPP end", NC_("OPP end", "Extra Support Ended"), "extra ondersteuning beëindigd" },
  { "left-school", "OPP end", NC_("OPP end", "Left the School"), "uitgeschreven" },
  { "tlv", "OPP end", NC_("OPP end", "Moved With a TLV"), "TLV / overplaatsing" },
  { "other", "OPP end", NC_("OPP end", "Other"), "anders" },
};

const char *
passend_opp_end_reason_to_string (PassendOppEndReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (end_reason_infos), NULL);

  return end_reason_infos[reason].code;
}

gboolean
passend_opp_end_reason_from_string (const char *text,
                                    PassendOppEndReason *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (end_reason_infos, G_N_ELEMENTS (end_reason_infos), text, &value))
    return FALSE;

  *out = (PassendOppEndReason) value;
  return TRUE;
}

const char *
passend_opp_end_reason_get_label (PassendOppEndReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (end_reason_infos), "");

  return info_label (&end_reason_infos[reason]);
}

const char *
passend_opp_end_reason_get_dutch (PassendOppEndReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (end_reason_infos), "");

  return end_reason_infos[reason].dutch;
}

static const EnumInfo result_infos[] = {
  { "reached", "OPP goal result", NC_("OPP goal result", "Reached"), "behaald" },
  { "partly", "OPP goal result", NC_("OPP goal result", "Partly Reached"), "deels behaald" },
  { "not-reached", "OPP goal result", NC_("OPP goal result", "Not Reached"), "niet behaald" },
};

const char *
passend_opp_result_to_string (PassendOppResult result)
{
  g_return_val_if_fail ((guint) result < G_N_ELEMENTS (result_infos), NULL);

  return result_infos[result].code;
}

gboolean
passend_opp_result_from_string (const char *text,
                                PassendOppResult *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (result_infos, G_N_ELEMENTS (result_infos), text, &value))
    return FALSE;

  *out = (PassendOppResult) value;
  return TRUE;
}

const char *
passend_opp_result_get_label (PassendOppResult result)
{
  g_return_val_if_fail ((guint) result < G_N_ELEMENTS (result_infos), "");

  return info_label (&result_infos[result]);
}

const char *
passend_opp_result_get_dutch (PassendOppResult result)
{
  g_return_val_if_fail ((guint) result < G_N_ELEMENTS (result_infos), "");

  return result_infos[result].dutch;
}

static const EnumInfo signer_infos[] = {
  { "guardian", "OPP signer", NC_("OPP signer", "Parent or Guardian"), "ouder/verzorger" },
  { "student", "OPP signer", NC_("OPP signer", "Student"), "leerling" },
  { "school", "OPP signer", NC_("OPP signer", "School"), "school" },
};

const char *
passend_opp_signer_to_string (PassendOppSigner signer)
{
  g_return_val_if_fail ((guint) signer < G_N_ELEMENTS (signer_infos), NULL);

  return signer_infos[signer].code;
}

gboolean
passend_opp_signer_from_string (const char *text,
                                PassendOppSigner *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (signer_infos, G_N_ELEMENTS (signer_infos), text, &value))
    return FALSE;

  *out = (PassendOppSigner) value;
  return TRUE;
}

const char *
passend_opp_signer_get_label (PassendOppSigner signer)
{
  g_return_val_if_fail ((guint) signer < G_N_ELEMENTS (signer_infos), "");

  return info_label (&signer_infos[signer]);
}

const char *
passend_opp_signer_get_dutch (PassendOppSigner signer)
{
  g_return_val_if_fail ((guint) signer < G_N_ELEMENTS (signer_infos), "");

  return signer_infos[signer].dutch;
}

static const EnumInfo outcome_infos[] = {
  { "agreed", "OPP signature", NC_("OPP signature", "Agreed"), "akkoord" },
  { "not-agreed", "OPP signature", NC_("OPP signature", "Not Agreed"), "niet akkoord" },
  { "established", "OPP signature", NC_("OPP signature", "Established"), "vastgesteld" },
};

const char *
passend_opp_outcome_to_string (PassendOppOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < G_N_ELEMENTS (outcome_infos), NULL);

  return outcome_infos[outcome].code;
}

gboolean
passend_opp_outcome_from_string (const char *text,
                                 PassendOppOutcome *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (outcome_infos, G_N_ELEMENTS (outcome_infos), text, &value))
    return FALSE;

  *out = (PassendOppOutcome) value;
  return TRUE;
}

const char *
passend_opp_outcome_get_label (PassendOppOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < G_N_ELEMENTS (outcome_infos), "");

  return info_label (&outcome_infos[outcome]);
}

const char *
passend_opp_outcome_get_dutch (PassendOppOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < G_N_ELEMENTS (outcome_infos), "");

  return outcome_infos[outcome].dutch;
}

static const EnumInfo method_infos[] = {
  { "pad", "OPP signature method", NC_("OPP signature method", "Signed on Screen"), "digitaal getekend" },
  { "paper", "OPP signature method", NC_("OPP signature method", "Signed on Paper"), "natte handtekening" },
  { "none", "OPP signature method", NC_("OPP signature method", "Not Signed"), "zonder handtekening" },
};

const char *
passend_opp_method_to_string (PassendOppMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (method_infos), NULL);

  return method_infos[method].code;
}

gboolean
passend_opp_method_from_string (const char *text,
                                PassendOppMethod *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!info_from_code (method_infos, G_N_ELEMENTS (method_infos), text, &value))
    return FALSE;

  *out = (PassendOppMethod) value;
  return TRUE;
}

const char *
passend_opp_method_get_label (PassendOppMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (method_infos), "");

  return info_label (&method_infos[method]);
}

const char *
passend_opp_method_get_dutch (PassendOppMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (method_infos), "");

  return method_infos[method].dutch;
}

gboolean
passend_opp_state_is_editable (PassendOppState state)
{
  return state == PASSEND_OPP_STATE_CONCEPT || state == PASSEND_OPP_STATE_IN_OVERLEG;
}

gboolean
passend_opp_section_is_medical (PassendOppSection section)
{
  return section == PASSEND_OPP_SECTION_MEDISCH;
}
