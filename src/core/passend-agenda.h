/* passend-agenda.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* The documents of one meeting (agenda, verslag, invitation) as plain
 * data: the store fills it for one audience, the renderers only print
 * what is in it. For a partner the store leaves out every item that
 * partner does not attend and every internal note, so a renderer cannot
 * leak them even by mistake. Immutable once loaded; safe to read from a
 * worker thread while a reference is held. */

typedef enum
{
  PASSEND_AGENDA_AUDIENCE_INTERNAL,     /* the school itself: everything */
  PASSEND_AGENDA_AUDIENCE_PERSON,       /* one person from Partners */
  PASSEND_AGENDA_AUDIENCE_ORGANISATION, /* one organisation from Partners */
} PassendAgendaAudience;

typedef enum
{
  PASSEND_AGENDA_STATE_PLANNED,
  PASSEND_AGENDA_STATE_CLOSED,
  PASSEND_AGENDA_STATE_CANCELLED,
} PassendAgendaState;

#define PASSEND_AGENDA_ERROR (passend_agenda_error_quark ())

typedef enum
{
  PASSEND_AGENDA_ERROR_INVALID_PARTNER, /* not "person:N" or "organisation:N" */
} PassendAgendaError;

typedef struct
{
  char *name;         /* "J. de Vries", "Ouders/verzorgers van …", "Leerling" */
  char *role;         /* Dutch role label: "Mentor", "Leerplicht", … */
  char *organisation; /* "" when none */
} PassendAgendaInvitee;

typedef struct
{
  char     *body;
  char     *rationale; /* "" when none */
  gboolean  no_action; /* deciding not to act, weighed and recorded */
} PassendAgendaDecision;

typedef struct
{
  char       *what;
  char       *owner;  /* a person's name or a free name; "" when none */
  PassendDay  due_on; /* PASSEND_DAY_NONE when none */
  PassendDay  done_on;
} PassendAgendaAction;

typedef struct
{
  gint64     id;
  char      *uid;            /* meeting_item.uid: stable across changes */
  gint64     starts_at;      /* Unix time of the slot */
  gint64     ends_at;
  char      *student_name;   /* "Sanne de Vries" */
  char      *student_initials; /* "S.d.V.": for calendars outside the school */
  char      *student_class;  /* "" when unknown */
  char      *question;       /* hulpvraag */
  char      *documents;      /* documents to prepare */
  char      *internal_note;  /* always "" for a partner's audience */
  char      *minutes;
  GPtrArray *invitees;       /* PassendAgendaInvitee */
  GPtrArray *decisions;      /* PassendAgendaDecision */
  GPtrArray *actions;        /* PassendAgendaAction */
} PassendAgendaItem;

typedef struct
{
  /* The meeting */
  gint64                 meeting_id;
  char                  *uid;           /* meeting.uid */
  guint                  sequence;      /* meeting.sequence */
  char                  *kind_name;     /* "Flex-ZAT" */
  char                  *title;         /* "" when none */
  gint64                 starts_at;     /* Unix time */
  gint64                 ends_at;       /* the end of the last item's slot */
  char                  *place;
  char                  *online_link;
  char                  *chair;         /* names; "" when none */
  char                  *chair_email;   /* "" when none: the invitation's organizer */
  char                  *minute_taker;
  PassendAgendaState     state;
  char                  *internal_note; /* always "" for a partner */

  /* The school */
  char                  *school_name;
  GBytes                *logo;          /* NULL when none */
  char                  *logo_media_type; /* "image/png", "image/jpeg", "image/svg+xml"; NULL when none */

  /* Who it is for */
  PassendAgendaAudience  audience;
  gint64                 partner_id;    /* 0 for the internal audience */
  char                  *partner_name;  /* NULL for the internal audience */

  GPtrArray             *items;         /* PassendAgendaItem, in agenda order */
} PassendAgenda;

GQuark             passend_agenda_error_quark      (void);

/* An empty agenda (no items, internal audience) with a reference count
 * of one; the store fills it. */
PassendAgenda     *passend_agenda_new              (void);
PassendAgenda     *passend_agenda_ref              (PassendAgenda       *agenda);
void               passend_agenda_unref            (PassendAgenda       *agenda);

/* New parts with empty strings and arrays, freed with their parent. */
PassendAgendaItem     *passend_agenda_item_new     (void);
void                   passend_agenda_item_free    (PassendAgendaItem     *item);
PassendAgendaInvitee  *passend_agenda_invitee_new  (const char            *name,
                                                    const char            *role,
                                                    const char            *organisation);
PassendAgendaDecision *passend_agenda_decision_new (const char            *body,
                                                    const char            *rationale,
                                                    gboolean               no_action);
PassendAgendaAction   *passend_agenda_action_new   (const char            *what,
                                                    const char            *owner,
                                                    PassendDay             due_on,
                                                    PassendDay             done_on);

gboolean           passend_agenda_is_internal      (const PassendAgenda *agenda);
/* The item with @item_id, or NULL when this audience does not have it. */
PassendAgendaItem *passend_agenda_find_item        (const PassendAgenda *agenda,
                                                    gint64               item_id);

/* The meeting's title, or its kind's name when it has none. */
char              *passend_agenda_dup_heading      (const PassendAgenda *agenda);

/* Parses a partner reference, "person:12" or "organisation:3", into an
 * audience and an id > 0; anything else is
 * PASSEND_AGENDA_ERROR_INVALID_PARTNER. */
gboolean           passend_agenda_parse_partner    (const char             *reference,
                                                    PassendAgendaAudience  *audience,
                                                    gint64                 *partner_id,
                                                    GError                **error);
/* "person:12", "organisation:3"; NULL for the internal audience. */
char              *passend_agenda_format_partner   (PassendAgendaAudience   audience,
                                                    gint64                  partner_id);

/* "S.d.V." for "Sanne", "de", "Vries": initials of the given name, the
 * tussenvoegsel and the family name. */
char              *passend_agenda_initials         (const char             *given_name,
                                                    const char             *tussenvoegsel,
                                                    const char             *family_name);

/* Dutch label of a role code from the schema ("sociaal-team" → "Sociaal
 * team"); the code itself when unknown. */
const char        *passend_agenda_role_label       (const char             *role);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendAgenda, passend_agenda_unref)

G_END_DECLS
