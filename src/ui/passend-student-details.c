/* passend-student-details.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-student-details.h"
#include "passend-ui-util.h"

#define SAVE_DELAY_MS 500
/* Dates shorter than this are still being typed: no toast yet. */
#define COMPLETE_DATE_LENGTH 8
/* Begeleiding data is kept two years after leaving (DOMAIN.md §10.10). */
#define RETENTION_MONTHS 24

struct _PassendStudentDetails
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwEntryRow     *lvs_row;
  AdwEntryRow     *roepnaam_row;
  AdwEntryRow     *voorletters_row;
  AdwEntryRow     *tussenvoegsel_row;
  AdwEntryRow     *achternaam_row;
  AdwEntryRow     *birth_row;
  AdwComboRow     *gender_row;
  AdwEntryRow     *class_row;
  AdwComboRow     *year_row;
  AdwComboRow     *track_row;
  AdwEntryRow     *location_row;
  AdwComboRow     *mentor_row;
  AdwEntryRow     *enrolled_row;
  AdwEntryRow     *left_row;
  AdwActionRow    *retention_row;

  PassendDatabase *database;
  /* What the rows show, as last loaded or stored. */
  PassendStudent  *student;
  GtkStringList   *tracks;
  GtkStringList   *mentor_names;
  GArray          *mentor_ids;

  guint            save_source;
  guint            filling : 1;
  guint            live : 1;
  /* The last store failed: keep what was typed over what is stored. */
  guint            failed : 1;
};

G_DEFINE_FINAL_TYPE (PassendStudentDetails, passend_student_details, ADW_TYPE_BIN)

enum {
  SIGNAL_ADD_TOAST,
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const known_tracks[] = { "vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "pro" };
/* Index in the gender row → stored code. */
static const char * const gender_codes[] = { "", "v", "m", "x" };

static void
toast (PassendStudentDetails *self,
       const char            *what,
       const GError          *error)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, passend_ui_toast_new_error (what, error));
}

static void
mark_row (GtkWidget *row,
          gboolean   wrong)
{
  if (wrong)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static char *
day_text (PassendDay day)
{
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
set_row_day (AdwEntryRow *row,
             PassendDay   day)
{
  g_autofree char *text = day_text (day);

  set_row_text (row, text);
}

static guint
gender_index (const char *code)
{
  if (code == NULL || code[0] == '\0')
    return 0;
  if (g_ascii_strcasecmp (code, "v") == 0 || g_ascii_strcasecmp (code, "f") == 0)
    return 1;
  if (g_ascii_strcasecmp (code, "m") == 0)
    return 2;
  return 3;
}

static guint
string_list_find (GtkStringList *list,
                  const char    *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (list, i), text) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
track_index (PassendStudentDetails *self,
             const char            *track)
{
  guint index;

  if (track == NULL || track[0] == '\0')
    return 0;

  /* A track from an LVS import that is not in the list joins it. */
  index = string_list_find (self->tracks, track);
  if (index == GTK_INVALID_LIST_POSITION)
    {
      gtk_string_list_append (self->tracks, track);
      index = g_list_model_get_n_items (G_LIST_MODEL (self->tracks)) - 1;
    }

  return index;
}

static guint
mentor_index (PassendStudentDetails *self,
              PassendStudent        *student)
{
  gint64 mentor_id = passend_student_get_mentor_id (student);

  if (mentor_id == 0)
    return 0;

  for (guint i = 0; i < self->mentor_ids->len; i++)
    {
      if (g_array_index (self->mentor_ids, gint64, i) == mentor_id)
        return i;
    }

  g_array_append_val (self->mentor_ids, mentor_id);
  gtk_string_list_append (self->mentor_names, passend_student_get_mentor_name (student));
  return self->mentor_ids->len - 1;
}

static void
update_retention (PassendStudentDetails *self)
{
  PassendDay left = passend_student_get_left_on (self->student);
  g_autofree char *until = NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->retention_row), left != PASSEND_DAY_NONE);
  if (left == PASSEND_DAY_NONE)
    return;

  until = passend_day_format (passend_day_add_months (left, RETENTION_MONTHS));
  /* TRANSLATORS: when the support record of a student who left may be
   * removed; %s is a date. */
  subtitle = g_strdup_printf (_("%s — two years after leaving school, the usual period for support records"),
                              until);
  adw_action_row_set_subtitle (self->retention_row, subtitle);
}

static void
fill_rows (PassendStudentDetails *self)
{
  PassendStudent *student = self->student;
  int year = passend_student_get_year (student);

  self->filling = TRUE;
  set_row_text (self->lvs_row, passend_student_get_lvs_number (student));
  set_row_text (self->roepnaam_row, passend_student_get_roepnaam (student));
  set_row_text (self->voorletters_row, passend_student_get_voorletters (student));
  set_row_text (self->tussenvoegsel_row, passend_student_get_tussenvoegsel (student));
  set_row_text (self->achternaam_row, passend_student_get_achternaam (student));
  set_row_day (self->birth_row, passend_student_get_birth_date (student));
  adw_combo_row_set_selected (self->gender_row, gender_index (passend_student_get_gender (student)));
  set_row_text (self->class_row, passend_student_get_class_name (student));
  adw_combo_row_set_selected (self->year_row, CLAMP (year, 0, 6));
  adw_combo_row_set_selected (self->track_row, track_index (self, passend_student_get_track (student)));
  set_row_text (self->location_row, passend_student_get_location (student));
  adw_combo_row_set_selected (self->mentor_row, mentor_index (self, student));
  set_row_day (self->enrolled_row, passend_student_get_enrolled_on (student));
  set_row_day (self->left_row, passend_student_get_left_on (student));
  self->filling = FALSE;

  update_retention (self);
}

static gboolean
read_day (AdwEntryRow  *row,
          const char   *field,
          PassendDay   *day,
          GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) local_error = NULL;

  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0')
    return TRUE;

  *day = passend_day_from_dutch (text, &local_error);
  if (*day != PASSEND_DAY_NONE)
    return TRUE;

  mark_row (GTK_WIDGET (row), TRUE);
  /* TRANSLATORS: a field name, then why its value is refused. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, C_("field error", "%s: %s"),
               field, local_error->message);
  return FALSE;
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
copy_identity (PassendStudent *to,
               PassendStudent *from)
{
  passend_student_set_id (to, passend_student_get_id (from));
  passend_student_set_gender (to, passend_student_get_gender (from));
  passend_student_set_mentor_name (to, passend_student_get_mentor_name (from));
}

/* Reads the text rows into @student. */
static void
read_text_rows (PassendStudentDetails *self,
                PassendStudent        *student)
{
  g_autofree char *lvs = row_text (self->lvs_row);
  g_autofree char *roepnaam = row_text (self->roepnaam_row);
  g_autofree char *voorletters = row_text (self->voorletters_row);
  g_autofree char *tussenvoegsel = row_text (self->tussenvoegsel_row);
  g_autofree char *achternaam = row_text (self->achternaam_row);
  g_autofree char *class_name = row_text (self->class_row);
  g_autofree char *location = row_text (self->location_row);

  passend_student_set_lvs_number (student, lvs);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_voorletters (student, voorletters);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_class_name (student, class_name);
  passend_student_set_location (student, location);
}

static void
read_choice_rows (PassendStudentDetails *self,
                  PassendStudent        *student)
{
  guint gender = adw_combo_row_get_selected (self->gender_row);
  guint track = adw_combo_row_get_selected (self->track_row);
  guint mentor = adw_combo_row_get_selected (self->mentor_row);

  /* A code the list does not know stays as long as its row is not touched. */
  if (gender < G_N_ELEMENTS (gender_codes) &&
      gender != gender_index (passend_student_get_gender (student)))
    passend_student_set_gender (student, gender_codes[gender]);

  passend_student_set_year (student, (int) MIN (adw_combo_row_get_selected (self->year_row), 6));
  passend_student_set_track (student, track == 0 || track == GTK_INVALID_LIST_POSITION
                                      ? "" : gtk_string_list_get_string (self->tracks, track));
  if (mentor < self->mentor_ids->len)
    {
      passend_student_set_mentor_id (student, g_array_index (self->mentor_ids, gint64, mentor));
      passend_student_set_mentor_name (student, mentor == 0 ? "" : gtk_string_list_get_string (self->mentor_names, mentor));
    }
}

PassendStudent *
passend_student_details_read (PassendStudentDetails  *self,
                              GError                **error)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  PassendDay birth, enrolled, left;

  g_return_val_if_fail (PASSEND_IS_STUDENT_DETAILS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy_identity (student, self->student);
  read_text_rows (self, student);
  read_choice_rows (self, student);

  if (!read_day (self->birth_row, _("Birth date"), &birth, error) ||
      !read_day (self->enrolled_row, _("Enrolled on"), &enrolled, error) ||
      !read_day (self->left_row, _("Left on"), &left, error))
    return NULL;

  passend_student_set_birth_date (student, birth);
  passend_student_set_enrolled_on (student, enrolled);
  passend_student_set_left_on (student, left);

  if (!passend_student_validate (student, error))
    {
      /* The rows the rules are about. */
      if (passend_student_get_lvs_number (student)[0] == '\0')
        mark_row (GTK_WIDGET (self->lvs_row), TRUE);
      else if (passend_student_get_achternaam (student)[0] == '\0')
        mark_row (GTK_WIDGET (self->achternaam_row), TRUE);
      else if (left != PASSEND_DAY_NONE && left < enrolled)
        mark_row (GTK_WIDGET (self->left_row), TRUE);
      else
        mark_row (GTK_WIDGET (self->birth_row), TRUE);
      return NULL;
    }

  return g_steal_pointer (&student);
}

static gboolean
date_row_is_incomplete (AdwEntryRow *row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "error") &&
         g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1) < COMPLETE_DATE_LENGTH;
}

static void
save (PassendStudentDetails *self)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->database == NULL || self->student == NULL || passend_student_get_id (self->student) == 0)
    return;

  student = passend_student_details_read (self, &error);
  if (student == NULL)
    {
      self->failed = TRUE;
      /* A date still being typed is marked, not announced. */
      if (!date_row_is_incomplete (self->birth_row) &&
          !date_row_is_incomplete (self->enrolled_row) &&
          !date_row_is_incomplete (self->left_row))
        toast (self, _("Not saved"), error);
      return;
    }

  if (!passend_database_update_student (self->database, student, &error))
    {
      self->failed = TRUE;
      if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT))
        mark_row (GTK_WIDGET (self->lvs_row), TRUE);
      toast (self, _("Not saved"), error);
      return;
    }

  self->failed = FALSE;
  g_set_object (&self->student, student);
  update_retention (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
save_timeout_cb (gpointer user_data)
{
  PassendStudentDetails *self = user_data;

  self->save_source = 0;
  save (self);
}

static void
row_changed_cb (PassendStudentDetails *self,
                GParamSpec            *pspec,
                GtkWidget             *row)
{
  if (self->filling)
    return;

  mark_row (row, FALSE);
  if (!self->live)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
load_mentors (PassendStudentDetails *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->mentor_ids, 0);
  gtk_string_list_splice (self->mentor_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->mentor_names)), NULL);
  g_array_append_val (self->mentor_ids, none);
  gtk_string_list_append (self->mentor_names, C_("mentor", "None"));

  if (self->database == NULL)
    return;

  people = passend_database_list_people (self->database, &error);
  if (people == NULL)
    {
      toast (self, _("Could not load the staff"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PassendPerson) person = g_list_model_get_item (people, i);
      g_autofree char *name = NULL;
      gint64 id;

      if (!passend_person_get_internal (person))
        continue;

      id = passend_person_get_id (person);
      name = passend_person_dup_display_name (person);
      g_array_append_val (self->mentor_ids, id);
      gtk_string_list_append (self->mentor_names, name);
    }
}

static void
passend_student_details_dispose (GObject *object)
{
  PassendStudentDetails *self = PASSEND_STUDENT_DETAILS (object);

  /* Keystrokes of the last half second are not lost on closing. */
  if (self->save_source != 0)
    save (self);

  g_clear_object (&self->database);
  g_clear_object (&self->student);
  g_clear_object (&self->tracks);
  g_clear_object (&self->mentor_names);
  g_clear_pointer (&self->mentor_ids, g_array_unref);

  G_OBJECT_CLASS (passend_student_details_parent_class)->dispose (object);
}

static void
passend_student_details_class_init (PassendStudentDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_student_details_dispose;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-student-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, lvs_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, roepnaam_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, voorletters_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, tussenvoegsel_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, achternaam_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, birth_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, gender_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, class_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, year_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, track_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, location_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, enrolled_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, left_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentDetails, retention_row);
}

static void
passend_student_details_init (PassendStudentDetails *self)
{
  AdwEntryRow *entry_rows[10];
  GtkWidget *combo_rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  entry_rows[0] = self->lvs_row;
  entry_rows[1] = self->roepnaam_row;
  entry_rows[2] = self->voorletters_row;
  entry_rows[3] = self->tussenvoegsel_row;
  entry_rows[4] = self->achternaam_row;
  entry_rows[5] = self->birth_row;
  entry_rows[6] = self->class_row;
  entry_rows[7] = self->location_row;
  entry_rows[8] = self->enrolled_row;
  entry_rows[9] = self->left_row;
  combo_rows[0] = GTK_WIDGET (self->gender_row);
  combo_rows[1] = GTK_WIDGET (self->year_row);
  combo_rows[2] = GTK_WIDGET (self->track_row);
  combo_rows[3] = GTK_WIDGET (self->mentor_row);

  self->student = passend_student_new ();
  self->mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->mentor_names = gtk_string_list_new (NULL);
  self->tracks = gtk_string_list_new (NULL);
  gtk_string_list_append (self->tracks, C_("track", "Not recorded"));
  for (guint i = 0; i < G_N_ELEMENTS (known_tracks); i++)
    gtk_string_list_append (self->tracks, known_tracks[i]);

  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (self->tracks));
  adw_combo_row_set_model (self->mentor_row, G_LIST_MODEL (self->mentor_names));
  load_mentors (self);

  for (guint i = 0; i < G_N_ELEMENTS (entry_rows); i++)
    g_signal_connect_object (entry_rows[i], "notify::text", G_CALLBACK (row_changed_cb),
                             self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (combo_rows); i++)
    g_signal_connect_object (combo_rows[i], "notify::selected", G_CALLBACK (row_changed_cb),
                             self, G_CONNECT_SWAPPED);
}

GtkWidget *
passend_student_details_new (void)
{
  return g_object_new (PASSEND_TYPE_STUDENT_DETAILS, NULL);
}

void
passend_student_details_set_database (PassendStudentDetails *self,
                                      PassendDatabase       *database)
{
  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  self->filling = TRUE;
  load_mentors (self);
  self->filling = FALSE;
  fill_rows (self);
}

void
passend_student_details_set_live (PassendStudentDetails *self,
                                  gboolean               live)
{
  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));

  self->live = !!live;
}

void
passend_student_details_set_student (PassendStudentDetails *self,
                                     PassendStudent        *student)
{
  gboolean other;

  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));
  g_return_if_fail (PASSEND_IS_STUDENT (student));

  other = passend_student_get_id (student) != passend_student_get_id (self->student);
  if (other && self->save_source != 0)
    save (self);

  /* Text being typed, or refused, stays until it is stored. */
  if (!other && (self->save_source != 0 || self->failed))
    return;

  g_set_object (&self->student, student);
  self->failed = FALSE;
  fill_rows (self);
}

void
passend_student_details_mark_lvs_number (PassendStudentDetails *self)
{
  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));

  mark_row (GTK_WIDGET (self->lvs_row), TRUE);
}

void
passend_student_details_flush (PassendStudentDetails *self)
{
  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));

  if (self->save_source != 0)
    save (self);
}

void
passend_student_details_focus_first (PassendStudentDetails *self)
{
  g_return_if_fail (PASSEND_IS_STUDENT_DETAILS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->lvs_row));
}
