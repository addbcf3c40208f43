/* passend-student-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-absence-view.h"
#include "passend-chronology-dialog.h"
#include "passend-opp-entry.h"
#include "passend-tlv-entry.h"
#include "passend-student-details.h"
#include "passend-student-page.h"
#include "passend-student-support.h"
#include "passend-timeline-view.h"
#include "passend-ui-util.h"
#include "passend-wrap-box.h"

struct _PassendStudentPage
{
  AdwBin           parent_instance;

  /* Template widgets */
  GtkButton       *back_button;
  AdwViewSwitcherTitle *view_title;
  GtkRevealer     *saved_revealer;
  GtkButton       *opp_button;
  GtkButton       *tlv_button;
  GtkWidget       *export_button;
  GtkWidget       *more_button;
  AdwViewStack    *view_stack;
  PassendStudentSupport *support;
  PassendStudentDetails *details;
  PassendAbsenceView *absence;
  AdwAvatar       *avatar;
  GtkLabel        *name_label;
  GtkLabel        *subtitle_label;
  GtkLabel        *niveau_label;
  GtkLabel        *phase_label;
  GtkLabel        *birth_label;
  GtkLabel        *mentor_label;
  GtkLabel        *regie_label;
  GtkWidget       *guardians_box;
  GtkWidget       *needs_section;
  GtkWidget       *needs_box;
  PassendTimelineView *timeline;

  /* Owned references */
  PassendDatabase *database;
  PassendStudent  *student;

  guint            reload_source;
  guint            saved_source;
  guint            folded : 1;
};

G_DEFINE_FINAL_TYPE (PassendStudentPage, passend_student_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_STUDENT,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_error_toast (PassendStudentPage *self,
                  const char         *what,
                  const GError       *error)
{
  AdwToast *toast = passend_ui_toast_new_error (what, error);

  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
set_text_or_unknown (GtkLabel   *label,
                     const char *text)
{
  gboolean known = text != NULL && text[0] != '\0';

  gtk_label_set_text (label, known ? text : C_("value", "Unknown"));
  if (known)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static char *
dup_subtitle (PassendStudent *student)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *class_name = passend_student_get_class_name (student);
  const char *track = passend_student_get_track (student);
  const char *lvs = passend_student_get_lvs_number (student);
  int year = passend_student_get_year (student);

  if (class_name != NULL && class_name[0] != '\0')
    /* TRANSLATORS: the class a student is in, "Class 3HB". */
    g_ptr_array_add (parts, g_strdup_printf (_("Class %s"), class_name));

  if (track != NULL && track[0] != '\0' && year > 0)
    /* TRANSLATORS: the track and the year in it, "havo 3". */
    g_ptr_array_add (parts, g_strdup_printf (C_("track and year", "%s %d"), track, year));
  else if (track != NULL && track[0] != '\0')
    g_ptr_array_add (parts, g_strdup (track));

  if (lvs != NULL && lvs[0] != '\0')
    /* TRANSLATORS: the student number in the pupil administration. */
    g_ptr_array_add (parts, g_strdup_printf (_("LVS %s"), lvs));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
dup_birth_text (PassendStudent *student)
{
  PassendDay birth = passend_student_get_birth_date (student);
  g_autofree char *date = NULL;
  int age;

  if (birth == PASSEND_DAY_NONE)
    return NULL;

  date = passend_day_format (birth);
  age = passend_day_age_on (birth, passend_day_today ());

  /* TRANSLATORS: a birth date and the age it gives today,
   * "Wed 12 Mar 2011 (15 years)". */
  return g_strdup_printf (ngettext ("%s (%d year)", "%s (%d years)", age), date, age);
}

static void
update_header (PassendStudentPage *self)
{
  PassendStudent *student = self->student;
  const char *name = passend_student_get_display_name (student);
  g_autofree char *subtitle = dup_subtitle (student);
  g_autofree char *birth = dup_birth_text (student);
  g_autofree char *regie = passend_ui_dup_regie_text (student);
  PassendPhase phase = passend_student_get_phase (student);

  adw_view_switcher_title_set_title (self->view_title, name);
  adw_view_switcher_title_set_subtitle (self->view_title, passend_student_get_class_name (student));
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->subtitle_label, subtitle);

  passend_ui_set_niveau_badge (self->niveau_label, passend_student_get_niveau (student), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->phase_label), passend_student_get_case_open (student));
  gtk_label_set_text (self->phase_label, passend_phase_get_label (phase));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->phase_label), _("Phase of the support route"));

  set_text_or_unknown (self->birth_label, birth);
  set_text_or_unknown (self->mentor_label, passend_student_get_mentor_name (student));
  set_text_or_unknown (self->regie_label, passend_student_get_case_open (student) ? regie : NULL);
}

static GtkWidget *
create_guardian_row (PassendGuardian *guardian)
{
  g_autofree char *name = passend_guardian_dup_display_name (guardian);
  const char *relation = passend_guardian_get_relation (guardian);
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;

  if (relation != NULL && relation[0] != '\0')
    /* TRANSLATORS: a guardian and how they relate to the student,
     * "mevr. A. de Vries (moeder)". */
    text = g_strdup_printf (C_("guardian", "%s (%s)"), name, relation);
  else
    text = g_strdup (name);

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (passend_guardian_get_has_authority (guardian))
    {
      /* TRANSLATORS: marks a guardian with parental authority (gezag),
       * whose consent and signature count. */
      GtkWidget *badge = gtk_label_new (C_("guardian", "Authority"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "authority-badge");
      gtk_widget_set_tooltip_text (badge, _("Has parental authority: gives consent and signs"));
      gtk_box_append (GTK_BOX (box), badge);
    }

  return box;
}

static void
load_guardians (PassendStudentPage *self)
{
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  passend_ui_remove_children (self->guardians_box);

  guardians = passend_database_list_guardians (self->database,
                                               passend_student_get_id (self->student),
                                               &error);
  if (guardians == NULL)
    {
      emit_error_toast (self, _("Could not load the guardians"), error);
      return;
    }

  n_items = g_list_model_get_n_items (guardians);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

      gtk_box_append (GTK_BOX (self->guardians_box), create_guardian_row (guardian));
    }

  if (n_items == 0)
    {
      GtkWidget *label = gtk_label_new (_("None recorded"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->guardians_box), label);
    }
}

static void
load_needs (PassendStudentPage *self)
{
  g_auto(GStrv) needs = NULL;
  g_autoptr(GError) error = NULL;

  passend_wrap_box_remove_all (PASSEND_WRAP_BOX (self->needs_box));

  needs = passend_database_list_support_needs (self->database,
                                               passend_student_get_id (self->student),
                                               &error);
  if (needs == NULL && error != NULL)
    {
      emit_error_toast (self, _("Could not load the support needs"), error);
      gtk_widget_set_visible (self->needs_section, FALSE);
      return;
    }

  for (guint i = 0; needs != NULL && needs[i] != NULL; i++)
    {
      GtkWidget *pill = gtk_label_new (needs[i]);

      gtk_widget_add_css_class (pill, "need-pill");
      passend_wrap_box_append (PASSEND_WRAP_BOX (self->needs_box), pill);
    }

  gtk_widget_set_visible (self->needs_section, needs != NULL && needs[0] != NULL);
}

static void
load_timeline (PassendStudentPage *self)
{
  passend_timeline_view_set_student (self->timeline, self->student);
}

static void
reload (PassendStudentPage *self)
{
  if (self->student == NULL || self->database == NULL)
    return;

  update_header (self);
  load_guardians (self);
  load_needs (self);
  load_timeline (self);
  passend_student_support_set_student (self->support, self->student);
  passend_student_details_set_student (self->details, self->student);
  passend_absence_view_set_student (self->absence, self->student);
  passend_opp_entry_update (self->opp_button, self->database, self->student);
  passend_tlv_entry_update (self->tlv_button, self->database, self->student);
}

static void
hide_saved_cb (gpointer user_data)
{
  PassendStudentPage *self = user_data;

  self->saved_source = 0;
  gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
}

static void
details_saved_cb (PassendStudentPage *self)
{
  gtk_revealer_set_reveal_child (self->saved_revealer, TRUE);
  g_clear_handle_id (&self->saved_source, g_source_remove);
  self->saved_source = g_timeout_add_once (2000, hide_saved_cb, self);
}

static void
section_add_toast_cb (PassendStudentPage *self,
                      AdwToast           *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

/* Chronology export (area "chronology"). */
static void
export_chronology_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (widget);
  PassendChronologyDialog *dialog;

  if (self->database == NULL || self->student == NULL)
    return;

  dialog = passend_chronology_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                          self->database, self->student);
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (section_add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The OPP editor (area "opp-editor"). */
static void
open_opp_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PassendOppEditor *editor;

  if (self->database == NULL || self->student == NULL)
    return;

  editor = passend_opp_entry_open (widget, self->database, self->student, &error);
  if (editor == NULL)
    {
      emit_error_toast (self, _("Could not open the OPP"), error);
      return;
    }

  passend_opp_entry_update (self->opp_button, self->database, self->student);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A phone-sized header has room for the OPP button and a menu only: the
 * TLV and export buttons start hidden and show where the window is wide
 * enough; below that the menu holds them (and Ctrl+Shift+T stays). */
static void
update_tlv_button_cb (PassendStudentPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int width = 0, height = 0;

  if (GTK_IS_WINDOW (root))
    {
      width = gtk_widget_get_width (GTK_WIDGET (root));
      if (width <= 0)
        gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tlv_button), width >= 600);
  gtk_widget_set_visible (self->export_button, width >= 600);
  gtk_widget_set_visible (self->more_button, width < 600);
}

static void
mapped_cb (PassendStudentPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root) && g_object_get_data (G_OBJECT (self), "passend-tlv-watch") != root)
    {
      g_signal_connect_object (root, "notify::default-width", G_CALLBACK (update_tlv_button_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (root, "notify::maximized", G_CALLBACK (update_tlv_button_cb), self, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (self), "passend-tlv-watch", root);
    }
  update_tlv_button_cb (self);
}

/* The TLV request (area "tlv-ui"). */
static void
open_tlv_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PassendTlvWindow *window;

  if (self->database == NULL || self->student == NULL)
    return;

  window = passend_tlv_entry_open (widget, self->database, self->student, &error);
  if (window == NULL)
    {
      emit_error_toast (self, _("Could not open the TLV request"), error);
      return;
    }

  passend_tlv_entry_update (self->tlv_button, self->database, self->student);
  gtk_window_present (GTK_WINDOW (window));
}

static void
refresh_student (PassendStudentPage *self)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = passend_student_get_id (self->student);
  guint n_items;

  /* The caseload query is the one that fills in support status, mentor
   * and regie names; a student who has left the caseload is reloaded
   * from the student table instead. */
  caseload = passend_database_list_caseload (self->database, &error);
  if (caseload == NULL)
    {
      emit_error_toast (self, _("Could not reload the student"), error);
      return;
    }

  n_items = g_list_model_get_n_items (caseload);
  for (guint i = 0; i < n_items && student == NULL; i++)
    {
      g_autoptr(PassendStudent) item = g_list_model_get_item (caseload, i);

      if (passend_student_get_id (item) == id)
        student = g_steal_pointer (&item);
    }

  if (student == NULL)
    student = passend_database_get_student (self->database, id, &error);

  if (student == NULL)
    {
      emit_error_toast (self, _("Could not reload the student"), error);
      return;
    }

  if (g_set_object (&self->student, student))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT]);
}

static void
reload_idle_cb (gpointer user_data)
{
  PassendStudentPage *self = user_data;

  self->reload_source = 0;
  if (self->student == NULL || self->database == NULL)
    return;

  refresh_student (self);
  reload (self);
}

static void
database_changed_cb (PassendStudentPage *self,
                     const char         *entity,
                     gint64              id,
                     PassendDatabase    *database)
{
  if (self->student == NULL)
    return;

  if (g_strcmp0 (entity, "tlv") == 0)
    {
      passend_tlv_entry_update (self->tlv_button, self->database, self->student);
      return;
    }

  if (g_strcmp0 (entity, "opp") == 0)
    {
      passend_opp_entry_update (self->opp_button, self->database, self->student);
      return;
    }

  /* Ids of other kinds are not student ids, so any change of a kind this
   * page shows reloads it; a burst of changes reloads once. */
  if (g_strcmp0 (entity, "timeline-entry") != 0 &&
      g_strcmp0 (entity, "guardian") != 0 &&
      g_strcmp0 (entity, "person") != 0 &&
      !((g_strcmp0 (entity, "student") == 0 || g_strcmp0 (entity, "support-status") == 0 ||
         g_strcmp0 (entity, "support-need") == 0) &&
        (id == 0 || id == passend_student_get_id (self->student))))
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

/* Ctrl+N here is a new entry for this student; on the caseload it
 * makes a new student. */
static gboolean
new_entry_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (widget);

  if (self->student == NULL)
    return FALSE;

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  passend_timeline_view_new_entry (self->timeline);
  return TRUE;
}

static gboolean
passend_student_page_grab_focus (GtkWidget *widget)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (widget);

  if (passend_timeline_view_get_n_all (self->timeline) > 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->timeline));

  return gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

static void
passend_student_page_dispose (GObject *object)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->saved_source, g_source_remove);
  g_clear_object (&self->student);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_student_page_parent_class)->dispose (object);
}

static void
passend_student_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_STUDENT:
      g_value_set_object (value, self->student);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_student_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendStudentPage *self = PASSEND_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_student_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_STUDENT:
      passend_student_page_set_student (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      passend_student_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_student_page_class_init (PassendStudentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_student_page_dispose;
  object_class->get_property = passend_student_page_get_property;
  object_class->set_property = passend_student_page_set_property;

  widget_class->grab_focus = passend_student_page_grab_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STUDENT] =
    g_param_spec_object ("student", NULL, NULL,
                         PASSEND_TYPE_STUDENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PASSEND_TYPE_TIMELINE_VIEW);
  g_type_ensure (PASSEND_TYPE_WRAP_BOX);
  g_type_ensure (PASSEND_TYPE_STUDENT_SUPPORT);
  g_type_ensure (PASSEND_TYPE_STUDENT_DETAILS);
  g_type_ensure (PASSEND_TYPE_ABSENCE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-student-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, view_title);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, saved_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, opp_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, tlv_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, support);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, details);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, absence);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, niveau_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, birth_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, mentor_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, regie_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, guardians_box);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, needs_section);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, needs_box);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentPage, timeline);

  /* Escape leaves the student, as the back button does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, new_entry_cb, NULL);

  gtk_widget_class_install_action (widget_class, "student.export-chronology", NULL, export_chronology_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "student.export-chronology", NULL);

  gtk_widget_class_install_action (widget_class, "student.open-opp", NULL, open_opp_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "student.open-opp", NULL);
  gtk_widget_class_install_action (widget_class, "student.open-tlv", NULL, open_tlv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "student.open-tlv", NULL);
}

static void
passend_student_page_init (PassendStudentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->timeline, "add-toast", G_CALLBACK (section_add_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);

  passend_student_details_set_live (self->details, TRUE);
  g_signal_connect_object (self->details, "saved", G_CALLBACK (details_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "add-toast", G_CALLBACK (section_add_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->support, "add-toast", G_CALLBACK (section_add_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->absence, "add-toast", G_CALLBACK (section_add_toast_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
passend_student_page_new (void)
{
  return g_object_new (PASSEND_TYPE_STUDENT_PAGE, NULL);
}

PassendDatabase *
passend_student_page_get_database (PassendStudentPage *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT_PAGE (self), NULL);

  return self->database;
}

void
passend_student_page_set_database (PassendStudentPage *self,
                                   PassendDatabase    *database)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PAGE (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, database_changed_cb, self);

  g_set_object (&self->database, database);
  passend_student_support_set_database (self->support, database);
  passend_student_details_set_database (self->details, database);
  passend_absence_view_set_database (self->absence, database);
  passend_timeline_view_set_database (self->timeline, database);

  if (database != NULL)
    g_signal_connect_object (database, "changed",
                             G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

PassendStudent *
passend_student_page_get_student (PassendStudentPage *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT_PAGE (self), NULL);

  return self->student;
}

void
passend_student_page_set_student (PassendStudentPage *self,
                                  PassendStudent     *student)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PAGE (self));
  g_return_if_fail (!student || PASSEND_IS_STUDENT (student));

  /* Showing the same student again still reloads: it is how the page
   * catches up after being away. */
  if (g_set_object (&self->student, student))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT]);

  if (student == NULL)
    {
      passend_timeline_view_set_student (self->timeline, NULL);
      return;
    }

  reload (self);
}

gboolean
passend_student_page_get_folded (PassendStudentPage *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT_PAGE (self), FALSE);

  return self->folded;
}

void
passend_student_page_set_folded (PassendStudentPage *self,
                                 gboolean            folded)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

/* Shows the timeline with @entry_id selected (from the global search). */
gboolean
passend_student_page_show_entry (PassendStudentPage *self,
                                 gint64              entry_id)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT_PAGE (self), FALSE);

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  if (!passend_timeline_view_select_entry (self->timeline, entry_id))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
  return TRUE;
}
