/* passend-demo-partners.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-database-partners.h"
#include "passend-demo-partners.h"

typedef struct
{
  const char              *organisation;
  PassendOrganisationKind  kind;
  const char              *address;
  const char              *organisation_email;
  const char              *organisation_phone;
  const char              *organisation_note;
  const char              *given;
  const char              *tussenvoegsel;
  const char              *family;
  const char              *role;
  const char              *email;
  const char              *phone;
  const char              *note;
} ExtraPartner;

/* Organisations the meeting kinds invite that the seed school's partner
 * list does not have yet. */
static const ExtraPartner extra_partners[] = {
  { "Veilig Thuis Hollands Midden", PASSEND_ORGANISATION_KIND_VEILIG_THUIS,
    "Zuidelijk Halfrond 4, Gouda", "advies@veiligthuis.example", "0800-2000",
    "Advies- en meldlijn, dag en nacht bereikbaar. Eerst advies vragen, dan pas melden.",
    "Miriam", "", "Koster", "veilig-thuis-medewerker", "m.koster@veiligthuis.example", "06-41837265",
    "Vaste adviseur voor onze school." },
  { "Sociaal Team Waddinxveen", PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM,
    "Kerkweg-Oost 21, Waddinxveen", "info@sociaalteamwaddinxveen.example", "0182-624400",
    "Voor leerlingen die in Waddinxveen wonen.",
    "Rachid", "el", "Idrissi", "jeugdconsulent", "r.elidrissi@sociaalteamwaddinxveen.example", "06-29481736",
    "" },
};

static gboolean
add_extra_partner (DemoBuilder         *b,
                   const ExtraPartner  *spec,
                   GError             **error)
{
  g_autoptr(PassendOrganisation) organisation = passend_organisation_new ();
  g_autoptr(PassendPerson) person = passend_person_new ();

  passend_organisation_set_name (organisation, spec->organisation);
  passend_organisation_set_kind (organisation, spec->kind);
  passend_organisation_set_address (organisation, spec->address);
  passend_organisation_set_email (organisation, spec->organisation_email);
  passend_organisation_set_phone (organisation, spec->organisation_phone);
  if (!passend_database_create_organisation (b->database, organisation, spec->organisation_note, error))
    return FALSE;

  passend_person_set_given_name (person, spec->given);
  passend_person_set_tussenvoegsel (person, spec->tussenvoegsel);
  passend_person_set_family_name (person, spec->family);
  passend_person_set_role (person, spec->role);
  passend_person_set_internal (person, FALSE);
  passend_person_set_organisation_id (person, passend_organisation_get_id (organisation));
  passend_person_set_email (person, spec->email);
  passend_person_set_phone (person, spec->phone);
  return passend_database_create_person (b->database, person, spec->note, error);
}

static gboolean
add_note (DemoBuilder  *b,
          gint64        person_id,
          const char   *note,
          GError      **error)
{
  g_autoptr(PassendPerson) person = passend_database_get_person (b->database, person_id, NULL, error);

  return person != NULL && passend_database_update_person (b->database, person, note, error);
}

/* The leerplichtambtenaar once more, as a colleague typed them in from
 * an e-mail signature: initial only, the office's number, and already
 * named on two students' records, so a merge has something to move. */
static gboolean
add_near_duplicate (DemoBuilder  *b,
                    GError      **error)
{
  g_autoptr(PassendPerson) original = passend_database_get_person (b->database, b->leerplicht.id, NULL, error);
  g_autoptr(PassendPerson) duplicate = passend_person_new ();
  g_autoptr(GListModel) caseload = NULL;
  g_autofree char *initial = NULL;
  g_autofree char *given = NULL;
  guint n_linked = 0;

  if (original == NULL)
    return FALSE;

  initial = g_utf8_substring (passend_person_get_given_name (original), 0, 1);
  given = g_strconcat (initial, ".", NULL);
  passend_person_set_given_name (duplicate, given);
  passend_person_set_tussenvoegsel (duplicate, passend_person_get_tussenvoegsel (original));
  passend_person_set_family_name (duplicate, passend_person_get_family_name (original));
  passend_person_set_role (duplicate, passend_person_get_role (original));
  passend_person_set_internal (duplicate, FALSE);
  passend_person_set_organisation_id (duplicate, passend_person_get_organisation_id (original));
  passend_person_set_phone (duplicate, "0182-588100");
  if (!passend_database_create_person (b->database, duplicate, "", error))
    return FALSE;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (caseload) && n_linked < 2; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      /* Every third, so the two are not neighbours in the list. */
      if (i % 3 != 0)
        continue;
      if (!passend_database_add_involved_person (b->database, passend_student_get_id (student),
                                                 passend_person_get_id (duplicate),
                                                 "Verzuimmelding opgepakt", error))
        return FALSE;
      n_linked++;
    }

  return TRUE;
}

gboolean
demo_add_partners (DemoBuilder  *b,
                   GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (extra_partners); i++)
    if (!add_extra_partner (b, &extra_partners[i], error))
      return FALSE;

  return add_note (b, b->leerplicht.id, "Spreekuur op school: dinsdag 9–11 uur, kamer 1.12.", error) &&
         add_note (b, b->jeugdarts.id, "Werkt op maandag en donderdag.", error) &&
         add_near_duplicate (b, error);
}
