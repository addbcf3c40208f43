/* passend-partners-page-detail.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-partners-page-private.h"
#include "passend-ui-util.h"

/* The detail pane of the partner shown: built anew for each partner, as
 * its groups differ by kind and by what it is involved in. */

/* A mentor of a whole class is named on thirty records; more rows than
 * this say little more and cost a long build. */
#define MAX_STUDENT_ROWS 60

static void
copy_clicked_cb (GtkButton           *button,
                 PassendPartnersPage *self)
{
  const char *text = g_object_get_data (G_OBJECT (button), "text");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  _passend_partners_page_emit_toast (self, adw_toast_new (_("Copied")));
}

static GtkWidget *
add_value_row (PassendPartnersPage *self,
               GtkWidget           *group,
               const char          *title,
               const char          *value,
               gboolean             copyable)
{
  GtkWidget *row = adw_action_row_new ();

  /* The value is what the row is for, so it is the title and its label
   * the dimmed line under it. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title);

  if (copyable)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
      g_autofree char *tooltip = NULL;

      /* TRANSLATORS: %s is what is copied, "E-mail", "Phone" */
      tooltip = g_strdup_printf (_("Copy %s"), title);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "text", g_strdup (value), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (copy_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_link_row (GtkWidget  *group,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
new_group (PassendPartnersPage *self,
           const char          *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->detail_box, group);
  return group;
}

static GtkWidget *
new_tag (const char *text)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "dim-label");
  return tag;
}

static void
build_heading (PassendPartnersPage *self)
{
  PassendPartner *partner = self->shown;
  gboolean person = passend_partner_get_kind (partner) == PASSEND_PARTNER_KIND_PERSON;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *avatar = adw_avatar_new (64, passend_partner_get_name (partner), person);
  GtkWidget *name = gtk_label_new (passend_partner_get_name (partner));
  GtkWidget *detail = gtk_label_new (passend_partner_get_detail (partner));
  GtkWidget *tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  if (!person)
    adw_avatar_set_icon_name (ADW_AVATAR (avatar), "system-users-symbolic");
  gtk_widget_set_valign (lines, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_selectable (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "title-2");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");

  if (person)
    gtk_box_append (GTK_BOX (tags), new_tag (passend_partner_get_internal (partner)
                                             ? _("School staff") : _("External")));
  if (passend_partner_get_archived (partner))
    gtk_box_append (GTK_BOX (tags), new_tag (C_("partner", "Archived")));

  gtk_box_append (GTK_BOX (lines), name);
  gtk_box_append (GTK_BOX (lines), detail);
  if (gtk_widget_get_first_child (tags) != NULL)
    gtk_box_append (GTK_BOX (lines), tags);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (self->detail_box, box);
}

static void
organisation_activated_cb (AdwActionRow        *row,
                           PassendPartnersPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id"));

  passend_partners_page_show_partner (self, PASSEND_PARTNER_KIND_ORGANISATION, id);
}

static void
person_activated_cb (AdwActionRow        *row,
                     PassendPartnersPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id"));

  passend_partners_page_show_partner (self, PASSEND_PARTNER_KIND_PERSON, id);
}

static void
build_contact (PassendPartnersPage *self)
{
  PassendPartner *partner = self->shown;
  gboolean person = passend_partner_get_kind (partner) == PASSEND_PARTNER_KIND_PERSON;
  GtkWidget *group = new_group (self, _("Contact"));
  const char *email = passend_partner_get_email (partner);
  const char *phone = passend_partner_get_phone (partner);
  PassendOrganisationKind kind;
  gboolean any = FALSE;

  if (person)
    {
      gint64 organisation_id = passend_partner_get_organisation_id (partner);

      /* The role is in the heading; the organisation gets a row to go to it. */
      if (organisation_id != 0)
        {
          GtkWidget *row = add_link_row (group, passend_partner_get_organisation_name (partner),
                                         passend_partner_get_organisation_kind (partner, &kind)
                                         ? passend_organisation_kind_get_label (kind) : NULL);

          gtk_widget_set_tooltip_text (row, _("Show the organisation"));
          g_object_set_data (G_OBJECT (row), "partner-id", GSIZE_TO_POINTER ((gsize) organisation_id));
          g_signal_connect_object (row, "activated", G_CALLBACK (organisation_activated_cb), self, 0);
        }
      if (passend_partner_get_code (partner)[0] != '\0')
        add_value_row (self, group, _("Staff code"), passend_partner_get_code (partner), FALSE);
    }
  else if (passend_partner_get_organisation_kind (partner, &kind))
    {
      add_value_row (self, group, _("Kind"), passend_organisation_kind_get_label (kind), FALSE);
    }

  if (email[0] != '\0')
    {
      add_value_row (self, group, _("E-mail"), email, TRUE);
      any = TRUE;
    }
  if (phone[0] != '\0')
    {
      add_value_row (self, group, _("Phone"), phone, TRUE);
      any = TRUE;
    }

  if (!person)
    {
      g_autoptr(PassendOrganisation) organisation = NULL;

      organisation = passend_database_get_organisation (self->database, passend_partner_get_id (partner), NULL, NULL);
      if (organisation != NULL && passend_organisation_get_address (organisation)[0] != '\0')
        {
          add_value_row (self, group, _("Address"), passend_organisation_get_address (organisation), TRUE);
          any = TRUE;
        }
    }

  if (!any)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("No e-mail address or phone number yet: use Edit to add them."));
}

static void
build_note (PassendPartnersPage *self)
{
  const char *note = passend_partner_get_note (self->shown);
  GtkWidget *group;
  GtkWidget *card;
  GtkWidget *label;

  if (note[0] == '\0')
    return;

  group = new_group (self, _("Note"));
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  label = gtk_label_new (note);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_object_set (label, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_box_append (GTK_BOX (card), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
}

/* An organisation's people, archived ones included: they are its
 * history too. */
static void
build_members (PassendPartnersPage *self)
{
  g_autoptr(GListModel) people = NULL;
  GtkWidget *group = NULL;
  gint64 id = passend_partner_get_id (self->shown);

  people = passend_database_list_partners (self->database,
                                           PASSEND_PARTNER_LIST_PEOPLE | PASSEND_PARTNER_LIST_ARCHIVED,
                                           NULL, NULL);
  if (people == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PassendPartner) person = g_list_model_get_item (people, i);
      g_autofree char *subtitle = NULL;
      const char *role = passend_partner_get_role (person);
      GtkWidget *row;

      if (passend_partner_get_organisation_id (person) != id)
        continue;

      if (group == NULL)
        group = new_group (self, _("People"));

      subtitle = g_strdup (role[0] != '\0' ? passend_partner_role_get_label (role) : "");
      if (passend_partner_get_archived (person))
        {
          g_autofree char *with_tag = subtitle[0] != '\0'
            ? g_strdup_printf (C_("role and archived", "%s · archived"), subtitle)
            : g_strdup (C_("partner", "Archived"));

          g_free (subtitle);
          subtitle = g_steal_pointer (&with_tag);
        }
      row = add_link_row (group, passend_partner_get_name (person), subtitle);
      g_object_set_data (G_OBJECT (row), "partner-id", GSIZE_TO_POINTER ((gsize) passend_partner_get_id (person)));
      g_signal_connect_object (row, "activated", G_CALLBACK (person_activated_cb), self, 0);
    }
}

static char *
student_roles_text (PassendPartnerStudentRoles roles)
{
  static const struct { PassendPartnerStudentRoles role; const char *label; } labels[] = {
    { PASSEND_PARTNER_STUDENT_MENTOR, N_("Mentor") },
    { PASSEND_PARTNER_STUDENT_REGIE, N_("Has regie") },
    { PASSEND_PARTNER_STUDENT_INVOLVED, N_("Involved") },
    { PASSEND_PARTNER_STUDENT_PROVIDER, N_("Provides an intervention") },
    { PASSEND_PARTNER_STUDENT_INVITEE, N_("Invited to a meeting") },
    { PASSEND_PARTNER_STUDENT_CONSENT, N_("Named in a consent") },
    { PASSEND_PARTNER_STUDENT_TLV, N_("TLV request") },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if ((roles & labels[i].role) == 0)
        continue;
      if (text->len > 0)
        {
          g_autofree char *lower = g_utf8_strdown (_(labels[i].label), -1);

          g_string_append (text, C_("list separator", ", "));
          g_string_append (text, lower);
        }
      else
        {
          g_string_append (text, _(labels[i].label));
        }
    }

  return g_string_free (text, FALSE);
}

static void
student_activated_cb (AdwActionRow        *row,
                      PassendPartnersPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "student-id"));

  _passend_partners_page_open_student (self, id);
}

static void
build_students (PassendPartnersPage *self)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  GtkWidget *group;

  students = passend_database_list_partner_students (self->database, passend_partner_get_kind (self->shown),
                                                     passend_partner_get_id (self->shown), &error);
  if (students == NULL)
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not load the students"), error));
      return;
    }

  group = new_group (self, _("Students"));
  if (students->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Not named on any student’s record yet."));
      return;
    }

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Named on %u student’s record",
                                              "Named on %u students’ records", students->len),
                                 students->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  for (guint i = 0; i < students->len && i < MAX_STUDENT_ROWS; i++)
    {
      PassendPartnerStudent *student = g_ptr_array_index (students, i);
      g_autofree char *roles = student_roles_text (student->roles);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (student->left)
        /* TRANSLATORS: class, then how the partner is involved */
        subtitle = g_strdup_printf (_("%s · left school · %s"), student->class_name, roles);
      else if (student->class_name[0] != '\0')
        /* TRANSLATORS: class, then how the partner is involved: "2B · Mentor, involved" */
        subtitle = g_strdup_printf (C_("class and roles", "%s · %s"), student->class_name, roles);
      else
        subtitle = g_strdup (roles);

      row = add_link_row (group, student->name, subtitle);
      gtk_widget_set_tooltip_text (row, _("Open the student"));
      g_object_set_data (G_OBJECT (row), "student-id", GSIZE_TO_POINTER ((gsize) student->student_id));
      g_signal_connect_object (row, "activated", G_CALLBACK (student_activated_cb), self, 0);
    }

  if (students->len > MAX_STUDENT_ROWS)
    {
      guint more = students->len - MAX_STUDENT_ROWS;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more student",
                                                            "And %u more students", more), more);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static char *
meeting_subtitle (PassendPartnerMeeting *meeting)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (meeting->starts_at);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GString *text = g_string_new (NULL);

  if (local != NULL)
    {
      day = passend_day_format (passend_day_new (g_date_time_get_year (local), g_date_time_get_month (local),
                                                 g_date_time_get_day_of_month (local)));
      time = g_date_time_format (local, "%H:%M");
      /* TRANSLATORS: a day and a time, "Mon 23 Nov 2026, 14:00" */
      g_string_append_printf (text, C_("meeting day and time", "%s, %s"), day, time);
    }

  if (g_strcmp0 (meeting->state, "cancelled") == 0)
    g_string_append_printf (text, " · %s", C_("meeting", "cancelled"));
  if (meeting->roles & PASSEND_PARTNER_MEETING_CHAIR)
    g_string_append_printf (text, " · %s", C_("meeting role", "chair"));
  if (meeting->roles & PASSEND_PARTNER_MEETING_MINUTE_TAKER)
    g_string_append_printf (text, " · %s", C_("meeting role", "takes the minutes"));
  if (meeting->roles & PASSEND_PARTNER_MEETING_INVITEE)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "invited for %u student",
                                                 "invited for %u students", meeting->n_items),
                              meeting->n_items);
    }

  return g_string_free (text, FALSE);
}

static void
build_meetings (PassendPartnersPage *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *upcoming = NULL;
  GtkWidget *past = NULL;

  meetings = passend_database_list_partner_meetings (self->database, passend_partner_get_kind (self->shown),
                                                     passend_partner_get_id (self->shown), &error);
  if (meetings == NULL)
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not load the meetings"), error));
      return;
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      PassendPartnerMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *subtitle = meeting_subtitle (meeting);
      GtkWidget **group = meeting->upcoming ? &upcoming : &past;
      GtkWidget *row;

      if (*group == NULL)
        *group = new_group (self, meeting->upcoming ? _("Upcoming Meetings") : _("Past Meetings"));
      row = add_link_row (*group, meeting->title, subtitle);
      gtk_widget_set_tooltip_text (row, _("Open the meeting"));
      /* The target first: the name alone would not match the action. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (meeting->meeting_id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-meeting");
    }

  if (meetings->len == 0)
    {
      GtkWidget *group = new_group (self, _("Meetings"));

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Not invited to any meeting yet."));
    }
}

void
_passend_partners_page_build_detail (PassendPartnersPage *self)
{
  g_assert (self->shown != NULL);

  passend_ui_remove_children (GTK_WIDGET (self->detail_box));
  build_heading (self);
  build_contact (self);
  build_note (self);
  if (passend_partner_get_kind (self->shown) == PASSEND_PARTNER_KIND_ORGANISATION)
    build_members (self);
  build_students (self);
  build_meetings (self);
}
