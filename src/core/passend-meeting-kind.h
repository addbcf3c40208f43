/* passend-meeting-kind.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-meeting-role.h"

G_BEGIN_DECLS

/* How a kind of meeting treats a role: always invited (a missing
 * invitee is a problem), invited when useful, or not at all. */
typedef enum
{
  PASSEND_MEETING_INVITATION_NONE,
  PASSEND_MEETING_INVITATION_OPTIONAL,
  PASSEND_MEETING_INVITATION_REQUIRED,
} PassendMeetingInvitation;

#define PASSEND_TYPE_MEETING_INVITATION (passend_meeting_invitation_get_type ())
GType passend_meeting_invitation_get_type (void) G_GNUC_CONST;

/* Translated: "Not invited", "Optional", "Always". */
const char *passend_meeting_invitation_get_label (PassendMeetingInvitation invitation);

#define PASSEND_TYPE_MEETING_KIND (passend_meeting_kind_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingKind, passend_meeting_kind, PASSEND, MEETING_KIND, GObject)

/* A kind of meeting the school holds (Flex-ZAT, OT, IZO, …): its name,
 * how long an agenda item takes by default, where it is usually held,
 * and for each role whether it is invited (required or optional). */
PassendMeetingKind      *passend_meeting_kind_new                    (void);

gint64                   passend_meeting_kind_get_id                 (PassendMeetingKind       *self);
void                     passend_meeting_kind_set_id                 (PassendMeetingKind       *self,
                                                                      gint64                    id);
/* Stable: "flex-zat". Made from the name by the store when empty. */
const char              *passend_meeting_kind_get_code               (PassendMeetingKind       *self);
void                     passend_meeting_kind_set_code               (PassendMeetingKind       *self,
                                                                      const char               *code);
const char              *passend_meeting_kind_get_name               (PassendMeetingKind       *self);
void                     passend_meeting_kind_set_name               (PassendMeetingKind       *self,
                                                                      const char               *name);
/* 1–480; 20 for a new kind. */
guint                    passend_meeting_kind_get_default_item_minutes (PassendMeetingKind     *self);
void                     passend_meeting_kind_set_default_item_minutes (PassendMeetingKind     *self,
                                                                        guint                   minutes);
const char              *passend_meeting_kind_get_default_place      (PassendMeetingKind       *self);
void                     passend_meeting_kind_set_default_place      (PassendMeetingKind       *self,
                                                                      const char               *place);
gboolean                 passend_meeting_kind_get_archived           (PassendMeetingKind       *self);
void                     passend_meeting_kind_set_archived           (PassendMeetingKind       *self,
                                                                      gboolean                  archived);
PassendMeetingInvitation passend_meeting_kind_get_invitation         (PassendMeetingKind       *self,
                                                                      PassendMeetingRole        role);
void                     passend_meeting_kind_set_invitation         (PassendMeetingKind       *self,
                                                                      PassendMeetingRole        role,
                                                                      PassendMeetingInvitation  invitation);
/* The invited roles, required ones first, each group in enum order;
 * with @required_only only the required ones. Returns the count and
 * fills @roles (room for PASSEND_MEETING_N_ROLES). */
guint                    passend_meeting_kind_get_roles              (PassendMeetingKind       *self,
                                                                      gboolean                  required_only,
                                                                      PassendMeetingRole       *roles);
/* Translated, for a list row: "Mentor, social team, … (required); JOS,
 * GGZ (optional)". Empty when no role is invited. */
char                    *passend_meeting_kind_dup_roles_summary      (PassendMeetingKind       *self);

/* Whether @code is one of the kinds the first migration seeds
 * (flex-zat, ot, izo, leerlingbespreking, verzuimoverleg,
 * oudergesprek). */
gboolean                 passend_meeting_kind_is_seed_code           (const char               *code);
/* A new kind with the seed's code, name, minutes, place and roles, as
 * the migration stored them (id 0), or NULL for another code: what
 * "Restore defaults" goes back to. */
PassendMeetingKind      *passend_meeting_kind_new_seed               (const char               *code);
/* Copies the seed's name, minutes, place and roles onto @self (its id,
 * code and archived flag stay); FALSE when @self is not a seed kind. */
gboolean                 passend_meeting_kind_restore_seed           (PassendMeetingKind       *self);

G_END_DECLS
