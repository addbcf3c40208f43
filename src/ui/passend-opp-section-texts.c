/* passend-opp-section-texts.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"

/* The pages that are texts and short fields: the gegevensdeel, the
 * uitstroomperspectief, the curriculum and time, both views and the
 * medical details. */

typedef struct
{
  PassendOppEditor *self;
  int               key;
} Binding;

static gpointer
binding_new (PassendOppEditor *self,
             int               key)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->self = self;
  binding->key = key;
  return binding;
}

gboolean
_passend_opp_parse_day (const char  *text,
                        PassendDay  *day,
                        GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    {
      *day = PASSEND_DAY_NONE;
      return TRUE;
    }

  *day = passend_day_from_dutch (stripped, error);
  return *day != PASSEND_DAY_NONE;
}

char *
_passend_opp_day_text (PassendDay day)
{
  int year, month, dom;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &year, &month, &dom);
  return g_strdup_printf ("%02d-%02d-%04d", dom, month, year);
}

GtkWidget *
_passend_opp_group_new (GtkWidget  *page,
                        const char *title,
                        const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (page), group);
  return group;
}

GtkWidget *
_passend_opp_text_area_new (PassendOppEditor   *self,
                            const char         *text,
                            PassendOppSaveFunc  func,
                            gpointer            user_data,
                            GDestroyNotify      destroy)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  gboolean editable = _passend_opp_editor_is_editable (self) && func != NULL;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), editable);
  gtk_widget_add_css_class (view, "opp-text-area");
  gtk_widget_add_css_class (frame, "opp-text-frame");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  passend_opp_saver_set_text (view, text);

  if (editable)
    passend_opp_saver_watch (self->saver, view, func, user_data, destroy);
  else if (destroy != NULL)
    destroy (user_data);

  return frame;
}

GtkWidget *
_passend_opp_entry_row_new (PassendOppEditor   *self,
                            const char         *title,
                            const char         *text,
                            PassendOppSaveFunc  func,
                            gpointer            user_data,
                            GDestroyNotify      destroy)
{
  GtkWidget *row = adw_entry_row_new ();
  gboolean editable = _passend_opp_editor_is_editable (self) && func != NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  passend_opp_saver_set_text (row, text);
  gtk_editable_set_editable (GTK_EDITABLE (row), editable);

  if (editable)
    passend_opp_saver_watch (self->saver, row, func, user_data, destroy);
  else if (destroy != NULL)
    destroy (user_data);

  return row;
}

static GtkWidget *
boxed_list_new (GtkWidget *group)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return list;
}

/* Texts */

static gboolean
save_text (const char  *text,
           gpointer     user_data,
           GError     **error)
{
  Binding *binding = user_data;
  PassendOppEditor *self = binding->self;
  gboolean ok;

  if (self->dry_run)
    {
      passend_opp_document_set_text (self->document, binding->key, text);
      return TRUE;
    }

  _passend_opp_editor_begin_write (self);
  ok = passend_database_set_opp_text (self->database, self->document->id, binding->key, text, error);
  _passend_opp_editor_end_write (self);
  if (ok)
    passend_opp_document_set_text (self->document, binding->key, text);
  return ok;
}

static void
add_text_group (PassendOppEditor  *self,
                GtkWidget         *page,
                PassendOppSection  section,
                const char        *description)
{
  GtkWidget *group = _passend_opp_group_new (page, passend_opp_section_get_label (section), description);
  GtkWidget *area;

  area = _passend_opp_text_area_new (self, passend_opp_document_get_text (self->document, section),
                                     save_text, binding_new (self, section), g_free);
  gtk_widget_set_name (gtk_frame_get_child (GTK_FRAME (area)), passend_opp_section_to_string (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_frame_get_child (GTK_FRAME (area))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, passend_opp_section_get_label (section), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), area);
}

/* Short fields */

enum {
  FIELD_TRIGGER_ON,
  FIELD_LEVEL,
  FIELD_HEARD_ON,
  FIELD_ISD_REQUESTED,
  FIELD_ISD_DECIDED,
};

static gboolean
store_fields (PassendOppEditor *self,
              int               field,
              GError          **error)
{
  PassendOppDocument *doc = self->document;
  gboolean ok = FALSE;

  _passend_opp_editor_begin_write (self);
  switch (field)
    {
    case FIELD_TRIGGER_ON:
      ok = passend_database_set_opp_trigger (self->database, doc->id, doc->trigger_kind, doc->trigger_on, error);
      break;

    case FIELD_LEVEL:
      ok = passend_database_set_opp_uitstroom (self->database, doc->id, doc->uitstroom_profile,
                                               doc->uitstroom_level, error);
      break;

    case FIELD_HEARD_ON:
      ok = passend_database_set_opp_student_heard_on (self->database, doc->id, doc->student_heard_on, error);
      break;

    case FIELD_ISD_REQUESTED:
    case FIELD_ISD_DECIDED:
      ok = passend_database_set_opp_maatwerk (self->database, doc->id, doc->maatwerk,
                                              doc->isd_requested_on, doc->isd_decided_on, error);
      break;

    default:
      g_assert_not_reached ();
    }
  _passend_opp_editor_end_write (self);
  return ok;
}

static gboolean
save_field (const char  *text,
            gpointer     user_data,
            GError     **error)
{
  Binding *binding = user_data;
  PassendOppDocument *doc = binding->self->document;
  PassendDay day = PASSEND_DAY_NONE;

  if (binding->key != FIELD_LEVEL && !_passend_opp_parse_day (text, &day, error))
    return FALSE;

  switch (binding->key)
    {
    case FIELD_TRIGGER_ON:    doc->trigger_on = day; break;
    case FIELD_HEARD_ON:      doc->student_heard_on = day; break;
    case FIELD_ISD_REQUESTED: doc->isd_requested_on = day; break;
    case FIELD_ISD_DECIDED:   doc->isd_decided_on = day; break;
    case FIELD_LEVEL:
      g_free (doc->uitstroom_level);
      doc->uitstroom_level = g_strdup (text);
      break;
    default:
      g_assert_not_reached ();
    }

  if (binding->self->dry_run)
    return TRUE;

  return store_fields (binding->self, binding->key, error);
}

static GtkWidget *
field_row (PassendOppEditor *self,
           GtkWidget        *list,
           const char       *title,
           const char       *name,
           int               field,
           const char       *text)
{
  GtkWidget *row = _passend_opp_entry_row_new (self, title, text, save_field, binding_new (self, field), g_free);

  gtk_widget_set_name (row, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
date_row (PassendOppEditor *self,
          GtkWidget        *list,
          const char       *title,
          const char       *name,
          int               field,
          PassendDay        day)
{
  g_autofree char *text = _passend_opp_day_text (day);
  GtkWidget *row = field_row (self, list, title, name, field, text);

  gtk_widget_set_tooltip_text (row, _("A date such as 14-3-2026; empty for none"));
  return row;
}

static GtkWidget *
combo_row_new (GtkWidget   *list,
               const char  *title,
               const char **labels,
               guint        n_labels,
               guint        selected)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, labels[i]);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
trigger_selected_cb (GtkWidget        *row,
                     GParamSpec       *pspec,
                     PassendOppEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->building)
    return;

  self->document->trigger_kind = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  if (!store_fields (self, FIELD_TRIGGER_ON, &error))
    _passend_opp_editor_report (self, _("Could not store the trigger"), error);
  else
    _passend_opp_editor_refresh (self);
}

static void
profile_selected_cb (GtkWidget        *row,
                     GParamSpec       *pspec,
                     PassendOppEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->building)
    return;

  self->document->uitstroom_profile = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  if (!store_fields (self, FIELD_LEVEL, &error))
    _passend_opp_editor_report (self, _("Could not store the profile"), error);
  else
    _passend_opp_editor_refresh (self);
}

static void
maatwerk_active_cb (GtkSwitch        *toggle,
                    GParamSpec       *pspec,
                    PassendOppEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->building)
    return;

  self->document->maatwerk = gtk_switch_get_active (toggle);
  if (!store_fields (self, FIELD_ISD_REQUESTED, &error))
    _passend_opp_editor_report (self, _("Could not store the tailored school time"), error);
  else
    _passend_opp_editor_rebuild_page (self, PASSEND_OPP_PAGE_PROGRAMME);
  _passend_opp_editor_refresh (self);
}

static void
build_gegevens (PassendOppEditor *self,
                GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  const char *triggers[4];
  GtkWidget *group, *list, *row;
  PassendDay due;
  g_autofree char *description = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    triggers[i] = i == 0 ? C_("trigger", "Not Set") : passend_opp_trigger_get_label (i);

  due = passend_opp_establish_due (doc->trigger_on, &self->rules);
  if (due != PASSEND_DAY_NONE)
    {
      g_autofree char *date = passend_day_format (due);

      /* TRANSLATORS: when the OPP must be vastgesteld, "Establish by Mon 4 Jan 2027". */
      description = g_strdup_printf (_("Establish by %s"), date);
    }
  else
    description = g_strdup (_("What starts the six-week term for establishing the OPP"));

  group = _passend_opp_group_new (page, _("Start of the Term"), description);
  list = boxed_list_new (group);
  row = combo_row_new (list, _("Trigger"), triggers, G_N_ELEMENTS (triggers), doc->trigger_kind);
  gtk_widget_set_sensitive (row, _passend_opp_editor_is_editable (self));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (trigger_selected_cb), self, 0);
  date_row (self, list, _("Trigger Date"), "trigger-on", FIELD_TRIGGER_ON, doc->trigger_on);

  add_text_group (self, page, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                  _("Schools, years repeated or skipped, changes of level"));
  add_text_group (self, page, PASSEND_OPP_SECTION_EARLIER_SUPPORT,
                  _("Support given before, in primary school and here, and what it brought"));
  add_text_group (self, page, PASSEND_OPP_SECTION_PO_ADVICE, NULL);
  add_text_group (self, page, PASSEND_OPP_SECTION_INSTROOM,
                  _("Test and LVS data at intake, IQ data if present"));
  add_text_group (self, page, PASSEND_OPP_SECTION_WISHES_STUDENT, NULL);
  add_text_group (self, page, PASSEND_OPP_SECTION_WISHES_PARENTS, NULL);
  add_text_group (self, page, PASSEND_OPP_SECTION_PEOPLE_INVOLVED,
                  _("Who is involved, inside and outside the school, and their role"));
}

static void
build_uitstroom (PassendOppEditor *self,
                 GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  const char *profiles[4];
  GtkWidget *group, *list, *row;

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    profiles[i] = passend_opp_profile_get_label (i);

  group = _passend_opp_group_new (page, _("Expected Outcome"),
                                  _("The level the student is expected to leave with; for special secondary "
                                    "education the profile"));
  list = boxed_list_new (group);
  field_row (self, list, _("Level (e.g. vmbo-kader, havo)"), "uitstroom-level", FIELD_LEVEL,
             doc->uitstroom_level);
  row = combo_row_new (list, _("Profile"), profiles, G_N_ELEMENTS (profiles), doc->uitstroom_profile);
  gtk_widget_set_sensitive (row, _passend_opp_editor_is_editable (self));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (profile_selected_cb), self, 0);

  add_text_group (self, page, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
                  _("Why this outcome: weigh the hindering and supporting factors"));
}

static void
build_programme (PassendOppEditor *self,
                 GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  GtkWidget *group, *list, *row, *toggle;

  add_text_group (self, page, PASSEND_OPP_SECTION_AFWIJKINGEN,
                  _("Where the student’s programme departs from the regular one; empty when it does not"));

  group = _passend_opp_group_new (page, _("Tailored School Time"),
                                  _("Fewer hours than the regular timetable need the inspectorate’s consent "
                                    "through ISD"));
  list = boxed_list_new (group);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Tailored School Time"));
  toggle = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (toggle), doc->maatwerk);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (toggle, _passend_opp_editor_is_editable (self));
  gtk_widget_set_name (toggle, "maatwerk");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (maatwerk_active_cb), self, 0);

  if (!doc->maatwerk)
    return;

  date_row (self, list, _("Requested in ISD On"), "isd-requested-on", FIELD_ISD_REQUESTED, doc->isd_requested_on);
  date_row (self, list, _("Decided by the Inspectorate On"), "isd-decided-on", FIELD_ISD_DECIDED,
            doc->isd_decided_on);
  add_text_group (self, page, PASSEND_OPP_SECTION_TOEGROEIPLAN,
                  _("How the student grows back to the full timetable, step by step"));
}

static void
build_student_view (PassendOppEditor *self,
                    GtkWidget        *page)
{
  GtkWidget *group, *list;

  group = _passend_opp_group_new (page, _("Hearing the Student"),
                                  _("The student has the right to be heard on the OPP (hoorrecht)"));
  list = boxed_list_new (group);
  date_row (self, list, _("Heard On"), "student-heard-on", FIELD_HEARD_ON, self->document->student_heard_on);

  add_text_group (self, page, PASSEND_OPP_SECTION_MENING_LEERLING,
                  _("In the student’s own words where possible"));
  add_text_group (self, page, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING,
                  _("How the student’s view was weighed, and that the decision was explained to them"));
}

static void
build_medical (PassendOppEditor *self,
               GtkWidget        *page)
{
  GtkWidget *note = gtk_label_new (_("Medical details are confidential: they are left out of the printed OPP "
                                     "unless you choose to include them."));

  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "opp-medical-note");
  gtk_box_append (GTK_BOX (page), note);
  add_text_group (self, page, PASSEND_OPP_SECTION_MEDISCH, NULL);
}

void
_passend_opp_build_text_page (PassendOppEditor *self,
                              PassendOppPage    page,
                              GtkWidget        *box)
{
  if (page == PASSEND_OPP_PAGE_GEGEVENS)
    build_gegevens (self, box);
  else if (page == PASSEND_OPP_PAGE_UITSTROOM)
    build_uitstroom (self, box);
  else if (page == PASSEND_OPP_PAGE_PROGRAMME)
    build_programme (self, box);
  else if (page == PASSEND_OPP_PAGE_STUDENT_VIEW)
    build_student_view (self, box);
  else if (page == PASSEND_OPP_PAGE_PARENTS_VIEW)
    add_text_group (self, box, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS,
                    _("The parents’ view on the OPP, in their words"));
  else if (page == PASSEND_OPP_PAGE_MEDICAL)
    build_medical (self, box);
  else
    g_assert_not_reached ();
}
