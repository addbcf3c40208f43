/* passend-absence-view.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-absence-dialog.h"
#include "passend-absence-view.h"
#include "passend-database-absence.h"
#include "passend-ui-util.h"

struct _PassendAbsenceView
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwActionRow    *window_row;
  GtkLevelBar     *window_level;
  GtkLabel        *window_label;
  AdwActionRow    *report_row;
  GtkLabel        *report_label;
  GtkWidget       *report_button;
  AdwActionRow    *sickness_row;
  GtkLabel        *sickness_label;
  GtkWidget       *sickness_button;
  AdwActionRow    *late_row;
  GtkLabel        *late_label;
  GtkListBox      *list_box;

  /* Owned references */
  PassendDatabase *database;
  PassendStudent  *student;

  guint            reload_source;
};

G_DEFINE_FINAL_TYPE (PassendAbsenceView, passend_absence_view, ADW_TYPE_BIN)

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (PassendAbsenceView *self);

static void
emit_toast (PassendAbsenceView *self,
            AdwToast           *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
emit_error (PassendAbsenceView *self,
            const char         *what,
            const GError       *error)
{
  emit_toast (self, passend_ui_toast_new_error (what, error));
}

/* The summary */

static void
set_due_label (GtkLabel   *label,
               PassendDay  due,
               PassendDay  today)
{
  g_autofree char *day = passend_day_format (due);
  g_autofree char *relative = passend_day_format_relative (due, today);
  g_autofree char *text = NULL;

  /* TRANSLATORS: "Due Fri 27 Nov 2026"; how far off is in the tooltip. */
  text = g_strdup_printf (_("Due %s"), day);
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), relative);
  /* Red means overdue, and only that. */
  if (due < today)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static void
set_reported_label (GtkLabel   *label,
                    PassendDay  day)
{
  g_autofree char *formatted = passend_day_format (day);
  g_autofree char *text = NULL;

  /* TRANSLATORS: a settled absence signal, "Reported Mon 23 Nov 2026". */
  text = g_strdup_printf (_("Reported %s"), formatted);
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static void
show_summary (PassendAbsenceView          *self,
              const PassendAbsenceSummary *summary,
              const PassendProtocol       *protocol)
{
  int threshold = passend_protocol_get (protocol, PASSEND_PROTOCOL_ABSENCE_HOURS);
  int weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_ABSENCE_SCHOOL_WEEKS);
  int late = passend_protocol_get (protocol, PASSEND_PROTOCOL_LATE_ARRIVALS);
  PassendDay today = passend_day_today ();
  g_autofree char *since = passend_day_format (summary->window_first);
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;
  g_autofree char *late_text = NULL;

  /* TRANSLATORS: "within 4 school weeks, since Thu 22 Oct 2026". */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Lessons within %d school week, since %s",
                                           "Lessons within %d school weeks, since %s", weeks),
                              weeks, since);
  adw_action_row_set_subtitle (self->window_row, subtitle);
  /* TRANSLATORS: lessons counted against the threshold, "12 / 16". */
  count = g_strdup_printf (C_("absence", "%d / %d"), summary->window_hours, threshold);
  gtk_label_set_text (self->window_label, count);
  gtk_level_bar_set_max_value (self->window_level, threshold);
  gtk_level_bar_set_value (self->window_level, MIN (summary->window_hours, threshold));

  /* A settled signal stays in view with the day it was reported, until
   * the window has moved past it. */
  gtk_widget_set_visible (GTK_WIDGET (self->report_row),
                          (summary->signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD) ||
                          summary->threshold_reported_on != PASSEND_DAY_NONE);
  gtk_widget_set_visible (self->report_button, summary->signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD);
  if (gtk_widget_get_visible (GTK_WIDGET (self->report_row)))
    {
      g_autofree char *reached = passend_day_format (summary->threshold_day);
      g_autofree char *from = passend_day_format (summary->threshold_first);
      g_autofree char *report = NULL;

      /* TRANSLATORS: the DUO report's einddatum and begindatum. */
      report = g_strdup_printf (_("Threshold reached on %s, counted from %s"), reached, from);
      adw_action_row_set_subtitle (self->report_row, report);
      if (summary->threshold_reported_on != PASSEND_DAY_NONE)
        set_reported_label (self->report_label, summary->threshold_reported_on);
      else
        set_due_label (self->report_label, summary->report_due, today);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sickness_row),
                          (summary->signals & PASSEND_ABSENCE_SIGNAL_SICKNESS) ||
                          summary->sickness_reported_on != PASSEND_DAY_NONE);
  gtk_widget_set_visible (self->sickness_button, summary->signals & PASSEND_ABSENCE_SIGNAL_SICKNESS);
  if (gtk_widget_get_visible (GTK_WIDGET (self->sickness_row)))
    {
      g_autofree char *day = passend_day_format (summary->sickness_day);
      g_autofree char *sickness = NULL;

      if (summary->sickness_consecutive)
        /* TRANSLATORS: "Sick for 7 school days in a row on Mon 16 Nov 2026". */
        sickness = g_strdup_printf (_("Sick for %d school days in a row on %s"),
                                    passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_CONSECUTIVE_DAYS), day);
      else
        /* TRANSLATORS: "Sick report 4 within 12 school weeks, on Mon 16 Nov 2026". */
        sickness = g_strdup_printf (_("Sick report %d within %d school weeks, on %s"),
                                    passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORTS),
                                    passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORT_SCHOOL_WEEKS), day);
      adw_action_row_set_subtitle (self->sickness_row, sickness);
      if (summary->sickness_reported_on != PASSEND_DAY_NONE)
        set_reported_label (self->sickness_label, summary->sickness_reported_on);
      else
        set_due_label (self->sickness_label, summary->sickness_due, today);
    }

  late_text = g_strdup_printf (C_("absence", "%d / %d"), summary->late_count, late);
  gtk_label_set_text (self->late_label, late_text);
  if (summary->signals & PASSEND_ABSENCE_SIGNAL_LATE)
    {
      adw_action_row_set_subtitle (self->late_row, _("The local warning level is reached"));
      gtk_widget_add_css_class (GTK_WIDGET (self->late_label), "warning");
    }
  else
    {
      adw_action_row_set_subtitle (self->late_row, NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->late_label), "warning");
    }
}

/* The list */

static void
undo_clicked_cb (AdwToast *toast,
                 gpointer  user_data)
{
  PassendAbsenceView *self = g_object_get_data (G_OBJECT (toast), "view");
  PassendAbsence *absence = g_object_get_data (G_OBJECT (toast), "absence");
  g_autoptr(GError) error = NULL;

  if (self == NULL || self->database == NULL)
    return;

  passend_absence_set_id (absence, 0);
  if (!passend_database_add_absence (self->database, absence, &error))
    emit_error (self, _("Could not restore the absence"), error);
}

static void
remove_clicked_cb (GtkButton          *button,
                   PassendAbsenceView *self)
{
  PassendAbsence *absence = g_object_get_data (G_OBJECT (button), "absence");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!passend_database_remove_absence (self->database, passend_absence_get_id (absence), &error))
    {
      emit_error (self, _("Could not remove the absence"), error);
      return;
    }

  toast = adw_toast_new (_("Absence removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "absence", g_object_ref (absence), g_object_unref);
  /* Undo may come after the page moved on: the toast keeps the view. */
  g_object_set_data_full (G_OBJECT (toast), "view", g_object_ref (self), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), NULL);
  emit_toast (self, toast);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PassendAbsenceView *self = user_data;
  PassendAbsence *absence = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *day = passend_day_format (passend_absence_get_day (absence));
  g_autofree char *title = NULL;
  g_autofree char *lessons = NULL;
  g_autofree char *subtitle = NULL;
  const char *note = passend_absence_get_note (absence);
  int hours = passend_absence_get_lesson_hours (absence);

  /* TRANSLATORS: an absence row: the day, then the reason. */
  title = g_strdup_printf (C_("absence", "%s · %s"), day,
                           passend_absence_reason_get_label (passend_absence_get_reason (absence)));
  if (passend_absence_get_reason (absence) == PASSEND_ABSENCE_LATE)
    lessons = g_strdup (_("Late"));
  else
    lessons = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d lesson", "%d lessons", hours), hours);
  if (note[0] != '\0')
    subtitle = g_strdup_printf (C_("absence", "%s · %s"), lessons, note);
  else if (passend_absence_get_imported (absence))
    subtitle = g_strdup_printf (C_("absence", "%s · %s"), lessons, _("From the LVS"));
  else
    subtitle = g_steal_pointer (&lessons);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  passend_ui_set_cell_tooltip (button, _("Remove Absence"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "absence", g_object_ref (absence), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
reload (PassendAbsenceView *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  PassendAbsenceSummary summary;
  PassendProtocol protocol;

  if (self->database == NULL || self->student == NULL)
    return;

  if (!passend_database_load_protocol (self->database, &protocol, &error) ||
      !passend_database_summarise_absence (self->database, passend_student_get_id (self->student),
                                           passend_day_today (), &summary, &error))
    {
      emit_error (self, _("Could not load the absence"), error);
      return;
    }
  show_summary (self, &summary, &protocol);

  list = passend_database_list_absence (self->database, passend_student_get_id (self->student), &error);
  if (list == NULL)
    {
      emit_error (self, _("Could not load the absence"), error);
      return;
    }
  gtk_list_box_bind_model (self->list_box, list, create_row, self, NULL);
}

static void
reload_idle_cb (gpointer user_data)
{
  PassendAbsenceView *self = user_data;

  self->reload_source = 0;
  reload (self);
}

static void
database_changed_cb (PassendAbsenceView *self,
                     const char         *entity,
                     gint64              id)
{
  static const char * const watched[] = { "absence", "holiday", "protocol", NULL };

  if (!g_strv_contains (watched, entity))
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

/* Actions */

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PassendAbsenceView *self = PASSEND_ABSENCE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  PassendAbsenceDialog *dialog;

  if (self->database == NULL || self->student == NULL)
    return;

  dialog = passend_absence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->database,
                                       passend_student_get_id (self->student));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The report that settles a signal: the day it was made, asked in a
 * dialog with today filled in; what the store refuses comes back in a
 * toast and nothing is written. */
static void
undo_report_cb (AdwToast *toast,
                gpointer  user_data)
{
  PassendAbsenceView *self = g_object_get_data (G_OBJECT (toast), "view");
  gint64 *report_id = g_object_get_data (G_OBJECT (toast), "report-id");
  g_autoptr(GError) error = NULL;

  if (self->database != NULL && !passend_database_remove_absence_report (self->database, *report_id, &error))
    emit_error (self, _("Could not take the report back"), error);
}

static void
report_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    PassendAbsenceView *self)
{
  GtkEditable *day_row = g_object_get_data (G_OBJECT (dialog), "day-row");
  PassendAbsenceReportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "report-kind"));
  g_autoptr(GError) error = NULL;
  gint64 report_id = 0;
  AdwToast *toast;
  PassendDay day;

  if (!g_str_equal (response, "record") || self->database == NULL || self->student == NULL)
    return;

  day = passend_day_from_dutch (gtk_editable_get_text (day_row), &error);
  if (day == PASSEND_DAY_NONE ||
      !passend_database_record_absence_report (self->database, passend_student_get_id (self->student), kind, day,
                                               &report_id, &error))
    {
      emit_error (self, _("Could not record the report"), error);
      return;
    }

  toast = adw_toast_new (kind == PASSEND_ABSENCE_REPORT_DUO ? _("Report to DUO recorded")
                                                            : _("Referral to the jeugdarts recorded"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "report-id", g_memdup2 (&report_id, sizeof report_id), g_free);
  /* Undo may come after the page moved on: the toast keeps the view. */
  g_object_set_data_full (G_OBJECT (toast), "view", g_object_ref (self), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_report_cb), NULL);
  emit_toast (self, toast);
}

static void
record_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PassendAbsenceView *self = PASSEND_ABSENCE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  PassendAbsenceReportKind kind;
  g_autofree char *today = NULL;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *day_row;
  int y, m, d;

  if (self->database == NULL || self->student == NULL ||
      !passend_absence_report_kind_from_code (g_variant_get_string (parameter, NULL), &kind))
    return;

  if (kind == PASSEND_ABSENCE_REPORT_DUO)
    dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     _("Record the Report to DUO"),
                                     _("The day the school reported the unauthorised absence to DUO. The threshold "
                                       "signal is settled from that day, and the report goes on the timeline."));
  else
    dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     _("Record the Referral to the Jeugdarts"),
                                     _("The day the student and parents were referred to the jeugdarts (M@ZL). The "
                                       "sickness signal is settled from that day, and the referral goes on the "
                                       "timeline."));

  passend_day_get_ymd (passend_day_today (), &y, &m, &d);
  today = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  day_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (day_row), _("Reported On (dd-mm-yyyy)"));
  gtk_editable_set_text (GTK_EDITABLE (day_row), today);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (day_row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), day_row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "day-row", day_row);
  g_object_set_data (G_OBJECT (dialog), "report-kind", GINT_TO_POINTER (kind));
  gtk_widget_set_name (dialog, "absence-report-dialog");
  g_signal_connect_object (dialog, "response", G_CALLBACK (report_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (day_row);
}

static void
passend_absence_view_dispose (GObject *object)
{
  PassendAbsenceView *self = PASSEND_ABSENCE_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->database);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_absence_view_parent_class)->dispose (object);
}

static void
passend_absence_view_class_init (PassendAbsenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_absence_view_dispose;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-absence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, window_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, window_level);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, window_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, report_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, report_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, report_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, sickness_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, sickness_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, sickness_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, late_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, late_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceView, list_box);

  gtk_widget_class_install_action (widget_class, "absence.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "absence.record-report", "s", record_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "absence.record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_A, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "absence.record", NULL);
}

static void
passend_absence_view_init (PassendAbsenceView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* More absence is worse: no colours that would call a full bar good. */
  gtk_level_bar_remove_offset_value (self->window_level, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->window_level, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->window_level, GTK_LEVEL_BAR_OFFSET_FULL);

  placeholder = gtk_label_new (_("No absence registered"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list_box, placeholder);
}

GtkWidget *
passend_absence_view_new (void)
{
  return g_object_new (PASSEND_TYPE_ABSENCE_VIEW, NULL);
}

void
passend_absence_view_set_database (PassendAbsenceView *self,
                                   PassendDatabase    *database)
{
  g_return_if_fail (PASSEND_IS_ABSENCE_VIEW (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
}

void
passend_absence_view_set_student (PassendAbsenceView *self,
                                  PassendStudent     *student)
{
  g_return_if_fail (PASSEND_IS_ABSENCE_VIEW (self));
  g_return_if_fail (!student || PASSEND_IS_STUDENT (student));

  g_set_object (&self->student, student);
  reload (self);
}
