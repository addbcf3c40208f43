/* passend-agenda.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-agenda.h"

G_DEFINE_QUARK (passend-agenda-error-quark, passend_agenda_error)

typedef struct
{
  PassendAgenda agenda;
  gint          ref_count;
} AgendaBox;

static void
invitee_free (gpointer data)
{
  PassendAgendaInvitee *invitee = data;

  g_free (invitee->name);
  g_free (invitee->role);
  g_free (invitee->organisation);
  g_free (invitee);
}

static void
decision_free (gpointer data)
{
  PassendAgendaDecision *decision = data;

  g_free (decision->body);
  g_free (decision->rationale);
  g_free (decision);
}

static void
action_free (gpointer data)
{
  PassendAgendaAction *action = data;

  g_free (action->what);
  g_free (action->owner);
  g_free (action);
}

PassendAgendaItem *
passend_agenda_item_new (void)
{
  PassendAgendaItem *item = g_new0 (PassendAgendaItem, 1);

  item->uid = g_strdup ("");
  item->student_name = g_strdup ("");
  item->student_initials = g_strdup ("");
  item->student_class = g_strdup ("");
  item->question = g_strdup ("");
  item->documents = g_strdup ("");
  item->internal_note = g_strdup ("");
  item->minutes = g_strdup ("");
  item->invitees = g_ptr_array_new_with_free_func (invitee_free);
  item->decisions = g_ptr_array_new_with_free_func (decision_free);
  item->actions = g_ptr_array_new_with_free_func (action_free);
  return item;
}

void
passend_agenda_item_free (PassendAgendaItem *item)
{
  if (item == NULL)
    return;

  g_free (item->uid);
  g_free (item->student_name);
  g_free (item->student_initials);
  g_free (item->student_class);
  g_free (item->question);
  g_free (item->documents);
  g_free (item->internal_note);
  g_free (item->minutes);
  g_ptr_array_unref (item->invitees);
  g_ptr_array_unref (item->decisions);
  g_ptr_array_unref (item->actions);
  g_free (item);
}

PassendAgendaInvitee *
passend_agenda_invitee_new (const char *name,
                            const char *role,
                            const char *organisation)
{
  PassendAgendaInvitee *invitee = g_new0 (PassendAgendaInvitee, 1);

  invitee->name = g_strdup (name != NULL ? name : "");
  invitee->role = g_strdup (role != NULL ? role : "");
  invitee->organisation = g_strdup (organisation != NULL ? organisation : "");
  return invitee;
}

PassendAgendaDecision *
passend_agenda_decision_new (const char *body,
                             const char *rationale,
                             gboolean    no_action)
{
  PassendAgendaDecision *decision = g_new0 (PassendAgendaDecision, 1);

  decision->body = g_strdup (body != NULL ? body : "");
  decision->rationale = g_strdup (rationale != NULL ? rationale : "");
  decision->no_action = no_action;
  return decision;
}

PassendAgendaAction *
passend_agenda_action_new (const char *what,
                           const char *owner,
                           PassendDay  due_on,
                           PassendDay  done_on)
{
  PassendAgendaAction *action = g_new0 (PassendAgendaAction, 1);

  action->what = g_strdup (what != NULL ? what : "");
  action->owner = g_strdup (owner != NULL ? owner : "");
  action->due_on = due_on;
  action->done_on = done_on;
  return action;
}

PassendAgenda *
passend_agenda_new (void)
{
  AgendaBox *box = g_new0 (AgendaBox, 1);
  PassendAgenda *agenda = &box->agenda;

  box->ref_count = 1;
  agenda->uid = g_strdup ("");
  agenda->kind_name = g_strdup ("");
  agenda->title = g_strdup ("");
  agenda->place = g_strdup ("");
  agenda->online_link = g_strdup ("");
  agenda->chair = g_strdup ("");
  agenda->chair_email = g_strdup ("");
  agenda->minute_taker = g_strdup ("");
  agenda->internal_note = g_strdup ("");
  agenda->school_name = g_strdup ("");
  agenda->audience = PASSEND_AGENDA_AUDIENCE_INTERNAL;
  agenda->items = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_agenda_item_free);
  return agenda;
}

PassendAgenda *
passend_agenda_ref (PassendAgenda *agenda)
{
  AgendaBox *box = (AgendaBox *) agenda;

  g_return_val_if_fail (agenda != NULL, NULL);

  g_atomic_int_inc (&box->ref_count);
  return agenda;
}

void
passend_agenda_unref (PassendAgenda *agenda)
{
  AgendaBox *box = (AgendaBox *) agenda;

  g_return_if_fail (agenda != NULL);

  if (!g_atomic_int_dec_and_test (&box->ref_count))
    return;

  g_free (agenda->uid);
  g_free (agenda->kind_name);
  g_free (agenda->title);
  g_free (agenda->place);
  g_free (agenda->online_link);
  g_free (agenda->chair);
  g_free (agenda->chair_email);
  g_free (agenda->minute_taker);
  g_free (agenda->internal_note);
  g_free (agenda->school_name);
  g_clear_pointer (&agenda->logo, g_bytes_unref);
  g_free (agenda->logo_media_type);
  g_free (agenda->partner_name);
  g_ptr_array_unref (agenda->items);
  g_free (box);
}

gboolean
passend_agenda_is_internal (const PassendAgenda *agenda)
{
  g_return_val_if_fail (agenda != NULL, FALSE);

  return agenda->audience == PASSEND_AGENDA_AUDIENCE_INTERNAL;
}

PassendAgendaItem *
passend_agenda_find_item (const PassendAgenda *agenda,
                          gint64               item_id)
{
  g_return_val_if_fail (agenda != NULL, NULL);

  for (guint i = 0; i < agenda->items->len; i++)
    {
      PassendAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (item->id == item_id)
        return item;
    }
  return NULL;
}

char *
passend_agenda_dup_heading (const PassendAgenda *agenda)
{
  g_return_val_if_fail (agenda != NULL, NULL);

  if (agenda->title != NULL && agenda->title[0] != '\0')
    return g_strdup (agenda->title);
  return g_strdup (agenda->kind_name);
}

gboolean
passend_agenda_parse_partner (const char             *reference,
                              PassendAgendaAudience  *audience,
                              gint64                 *partner_id,
                              GError                **error)
{
  static const struct
  {
    const char            *prefix;
    PassendAgendaAudience  audience;
  } kinds[] = {
    { "person:", PASSEND_AGENDA_AUDIENCE_PERSON },
    { "organisation:", PASSEND_AGENDA_AUDIENCE_ORGANISATION },
  };

  g_return_val_if_fail (reference != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *digits;
      guint64 value = 0;

      if (!g_str_has_prefix (reference, kinds[i].prefix))
        continue;

      digits = reference + strlen (kinds[i].prefix);
      /* Digits only: no sign, no space, no hex, so "person:+1" is refused. */
      if (digits[0] == '\0' || strspn (digits, "0123456789") != strlen (digits) ||
          !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT64, &value, NULL))
        break;

      if (audience != NULL)
        *audience = kinds[i].audience;
      if (partner_id != NULL)
        *partner_id = (gint64) value;
      return TRUE;
    }

  g_set_error (error, PASSEND_AGENDA_ERROR, PASSEND_AGENDA_ERROR_INVALID_PARTNER,
               _("“%s” is not a partner like person:12 or organisation:3"), reference);
  return FALSE;
}

char *
passend_agenda_format_partner (PassendAgendaAudience audience,
                               gint64                partner_id)
{
  switch (audience)
    {
    case PASSEND_AGENDA_AUDIENCE_PERSON:
      return g_strdup_printf ("person:%" G_GINT64_FORMAT, partner_id);
    case PASSEND_AGENDA_AUDIENCE_ORGANISATION:
      return g_strdup_printf ("organisation:%" G_GINT64_FORMAT, partner_id);
    case PASSEND_AGENDA_AUDIENCE_INTERNAL:
    default:
      return NULL;
    }
}

static void
append_initials (GString    *out,
                 const char *name,
                 gboolean    upper)
{
  g_auto(GStrv) words = NULL;

  if (name == NULL)
    return;

  words = g_strsplit_set (name, " -", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c;

      if (words[i][0] == '\0' || !g_utf8_validate (words[i], -1, NULL))
        continue;
      c = g_utf8_get_char (words[i]);
      if (!g_unichar_isalpha (c))
        continue;
      g_string_append_unichar (out, upper ? g_unichar_toupper (c) : g_unichar_tolower (c));
      g_string_append_c (out, '.');
    }
}

char *
passend_agenda_initials (const char *given_name,
                         const char *tussenvoegsel,
                         const char *family_name)
{
  GString *out = g_string_new (NULL);

  append_initials (out, given_name, TRUE);
  /* "de", "van der": lower case, as Dutch initials write them. */
  append_initials (out, tussenvoegsel, FALSE);
  append_initials (out, family_name, TRUE);
  return g_string_free (out, FALSE);
}

const char *
passend_agenda_role_label (const char *role)
{
  static const char * const labels[][2] = {
    { "mentor", "Mentor" },
    { "coordinator", "Zorgcoördinator" },
    { "leco", "Leerlingcoördinator" },
    { "verzuimcoordinator", "Verzuimcoördinator" },
    { "leerlingbegeleider", "Leerlingbegeleider" },
    { "afdelingsleider", "Afdelingsleider" },
    { "guardians", "Ouders/verzorgers" },
    { "student", "Leerling" },
    { "sociaal-team", "Sociaal team" },
    { "samenwerkingsverband", "Samenwerkingsverband" },
    { "leerplicht", "Leerplicht" },
    { "ggd", "GGD" },
    { "jos", "JOS" },
    { "ggz", "GGZ" },
    { "bpo", "BPO" },
    { "veilig-thuis", "Veilig Thuis" },
    { "other", "Overig" },
  };

  g_return_val_if_fail (role != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (role, labels[i][0]))
      return labels[i][1];
  return role;
}
