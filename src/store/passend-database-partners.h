/* passend-database-partners.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"
#include "passend-partner.h"

G_BEGIN_DECLS

/* The partner directory (area "partners"): the people and organisations
 * the coordinator works with. Every write is one transaction with its
 * audit row; "changed" follows the commit with entity "person" or
 * "organisation" and the id (a merge also announces what it repointed:
 * "student", "support-status", "intervention", "consent", "meeting"). */

typedef enum
{
  PASSEND_PARTNER_LIST_PEOPLE        = 1 << 0,
  PASSEND_PARTNER_LIST_ORGANISATIONS = 1 << 1,
  PASSEND_PARTNER_LIST_INTERNAL      = 1 << 2,
  PASSEND_PARTNER_LIST_EXTERNAL      = 1 << 3,
  PASSEND_PARTNER_LIST_ARCHIVED      = 1 << 4,
} PassendPartnerListFlags;

#define PASSEND_PARTNER_LIST_ALL (PASSEND_PARTNER_LIST_PEOPLE | PASSEND_PARTNER_LIST_ORGANISATIONS)

/* A GListModel of PassendPartner sorted by sort name, people and
 * organisations interleaved. PEOPLE and ORGANISATIONS choose the kinds
 * (neither: both). INTERNAL keeps the school's own staff only, EXTERNAL
 * external people and organisations only (neither or both: everyone).
 * Archived partners only with ARCHIVED. @search (NULL or empty: all)
 * matches every word, case- and accent-insensitively, on the name,
 * role, staff code, organisation and kind label. */
GListModel          *passend_database_list_partners           (PassendDatabase          *self,
                                                               PassendPartnerListFlags   flags,
                                                               const char               *search,
                                                               GError                  **error);
/* One partner with everything, the note included; NOT_FOUND when there
 * is no such row. */
PassendPartner      *passend_database_get_partner             (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               GError                  **error);
/* As above for a "person:12" reference; INVALID for a malformed one. */
PassendPartner      *passend_database_get_partner_by_reference (PassendDatabase         *self,
                                                                const char              *reference,
                                                                GError                 **error);

/* The records for editing. @note (nullable) receives the note; the
 * archived flag is on the PassendPartner. */
PassendPerson       *passend_database_get_person              (PassendDatabase          *self,
                                                               gint64                    person_id,
                                                               char                    **note,
                                                               GError                  **error);
PassendOrganisation *passend_database_get_organisation        (PassendDatabase          *self,
                                                               gint64                    organisation_id,
                                                               char                    **note,
                                                               GError                  **error);

/* Stores a new person or organisation with its note and sets the id;
 * the same checks as passend_database_add_person() and _organisation(). */
gboolean             passend_database_create_person           (PassendDatabase          *self,
                                                               PassendPerson            *person,
                                                               const char               *note,
                                                               GError                  **error);
gboolean             passend_database_create_organisation     (PassendDatabase          *self,
                                                               PassendOrganisation      *organisation,
                                                               const char               *note,
                                                               GError                  **error);
/* Stores every field of an existing row (not the archived flag). A
 * person needs a family name and an existing organisation (or none); an
 * organisation a name and a known kind (INVALID); a missing row is
 * NOT_FOUND. */
gboolean             passend_database_update_person           (PassendDatabase          *self,
                                                               PassendPerson            *person,
                                                               const char               *note,
                                                               GError                  **error);
gboolean             passend_database_update_organisation     (PassendDatabase          *self,
                                                               PassendOrganisation      *organisation,
                                                               const char               *note,
                                                               GError                  **error);

/* An archived partner keeps every reference but is left out of the
 * lists and pickers; archiving twice changes nothing. */
gboolean             passend_database_set_partner_archived    (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               gboolean                  archived,
                                                               GError                  **error);

/* Where a partner is referred to, one count per column. */
typedef struct
{
  guint mentor_of;          /* student.mentor_id */
  guint regie;              /* support_status.regie_person_id */
  guint regie_history;      /* support_status_history.regie_person_id */
  guint involved;           /* student_person */
  guint interventions;      /* intervention.provider_*_id */
  guint consents;           /* consent.organisation_id */
  guint members;            /* person.organisation_id */
  guint meetings_chaired;   /* meeting.chair_person_id */
  guint meetings_minuted;   /* meeting.minute_taker_person_id */
  guint invitations;        /* meeting_invitee.*_id */
  guint actions;            /* meeting_action.owner_person_id */
  guint tlv_requests;       /* tlv_request.swv_id, .target_school_id */
  guint tlv_settings;       /* tlv_checklist_item.organisation_id, tlv_swv_rule */
} PassendPartnerUsage;

guint                passend_partner_usage_total              (const PassendPartnerUsage *usage);

gboolean             passend_database_get_partner_usage       (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               PassendPartnerUsage      *usage,
                                                               GError                  **error);

/* Deletes a partner nothing refers to; one that is referred to anywhere
 * is a CONSTRAINT error (archive it, or merge it). */
gboolean             passend_database_delete_partner          (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               GError                  **error);

/* Merges a duplicate into the partner kept: every reference to the
 * duplicate (see PassendPartnerUsage) moves to the one kept, then the
 * duplicate is deleted; all in one transaction, nothing changed on
 * error. Partners of different kinds, or a partner with itself, are
 * INVALID; a missing one is NOT_FOUND. The fields of the one kept stay
 * as they are, except that an empty e-mail address, phone number,
 * address or note takes the duplicate's. */
gboolean             passend_database_merge_partners          (PassendDatabase          *self,
                                                               PassendPartnerKind        keep_kind,
                                                               gint64                    keep_id,
                                                               PassendPartnerKind        duplicate_kind,
                                                               gint64                    duplicate_id,
                                                               GError                  **error);

/* Involvement: how a partner is involved with students and meetings. */
typedef enum
{
  PASSEND_PARTNER_STUDENT_MENTOR     = 1 << 0,
  PASSEND_PARTNER_STUDENT_REGIE      = 1 << 1,
  PASSEND_PARTNER_STUDENT_INVOLVED   = 1 << 2,
  PASSEND_PARTNER_STUDENT_PROVIDER   = 1 << 3,
  PASSEND_PARTNER_STUDENT_INVITEE    = 1 << 4,
  PASSEND_PARTNER_STUDENT_CONSENT    = 1 << 5,
  PASSEND_PARTNER_STUDENT_TLV        = 1 << 6,  /* the SWV or the school of a TLV request */
} PassendPartnerStudentRoles;

typedef struct
{
  gint64                      student_id;
  char                       *name;        /* "Dilan Yıldız" */
  char                       *sort_name;
  char                       *class_name;
  gboolean                    left;        /* no longer enrolled */
  PassendPartnerStudentRoles  roles;
} PassendPartnerStudent;

void                 passend_partner_student_free             (PassendPartnerStudent    *student);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendPartnerStudent, passend_partner_student_free)

/* A GPtrArray of PassendPartnerStudent by name, each student once with
 * all the ways the partner is involved (a mentor, regie holder,
 * involved person, intervention provider, meeting invitee, consent
 * party, or the SWV or school of a TLV request). */
GPtrArray           *passend_database_list_partner_students   (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               GError                  **error);

typedef enum
{
  PASSEND_PARTNER_MEETING_CHAIR        = 1 << 0,
  PASSEND_PARTNER_MEETING_MINUTE_TAKER = 1 << 1,
  PASSEND_PARTNER_MEETING_INVITEE      = 1 << 2,
} PassendPartnerMeetingRoles;

typedef struct
{
  gint64                      meeting_id;
  char                       *title;       /* the meeting's title, else its kind's name */
  char                       *kind_name;
  gint64                      starts_at;   /* Unix seconds */
  char                       *state;       /* "planned", "closed", "cancelled" */
  gboolean                    upcoming;    /* planned and not yet begun */
  guint                       n_items;     /* agenda items the partner is invited to */
  PassendPartnerMeetingRoles  roles;
} PassendPartnerMeeting;

void                 passend_partner_meeting_free             (PassendPartnerMeeting    *meeting);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendPartnerMeeting, passend_partner_meeting_free)

/* A GPtrArray of PassendPartnerMeeting: upcoming meetings soonest first,
 * then past and cancelled ones newest first. */
GPtrArray           *passend_database_list_partner_meetings   (PassendDatabase          *self,
                                                               PassendPartnerKind        kind,
                                                               gint64                    id,
                                                               GError                  **error);

G_END_DECLS
