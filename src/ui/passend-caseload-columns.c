/* passend-caseload-columns.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-absence-rules.h"
#include "passend-caseload-columns.h"
#include "passend-caseload-filter.h"
#include "passend-consent-rules.h"
#include "passend-ui-util.h"

typedef struct
{
  PassendCaseloadSorting *sorting;
  PassendCaseloadColumn   column;
} ColumnSort;

struct _PassendCaseloadSorting
{
  ColumnSort      sorts[PASSEND_CASELOAD_N_COLUMNS];
  PassendStudent *probe_items[2];
  int             probe_column;
  gboolean        probing;
};

/* The names stored in the caseload-sort-column setting. */
static const char * const column_settings[PASSEND_CASELOAD_N_COLUMNS] = {
  "name", "class", "mentor", "level", "phase", "regie", "needs", "deadline", "flags",
};

const char *
_passend_caseload_column_get_title (PassendCaseloadColumn column)
{
  switch (column)
    {
    case PASSEND_CASELOAD_COLUMN_NAME:
      return _("Name");
    case PASSEND_CASELOAD_COLUMN_CLASS:
      return _("Class");
    case PASSEND_CASELOAD_COLUMN_MENTOR:
      return _("Mentor");
    case PASSEND_CASELOAD_COLUMN_LEVEL:
      return _("Level");
    case PASSEND_CASELOAD_COLUMN_PHASE:
      return _("Phase");
    case PASSEND_CASELOAD_COLUMN_REGIE:
      return _("Regie");
    case PASSEND_CASELOAD_COLUMN_NEEDS:
      return _("Needs");
    case PASSEND_CASELOAD_COLUMN_DEADLINE:
      return _("Next Deadline");
    case PASSEND_CASELOAD_COLUMN_FLAGS:
      return _("Flags");
    case PASSEND_CASELOAD_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
_passend_caseload_column_to_setting (PassendCaseloadColumn column)
{
  g_return_val_if_fail (column < PASSEND_CASELOAD_N_COLUMNS, NULL);

  return column_settings[column];
}

gboolean
_passend_caseload_column_from_setting (const char            *setting,
                                       PassendCaseloadColumn *column)
{
  for (guint i = 0; i < PASSEND_CASELOAD_N_COLUMNS; i++)
    {
      if (g_strcmp0 (setting, column_settings[i]) == 0)
        {
          *column = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Sort keys */

/* The name key comes from the student itself (passend_student_get_sort_key). */
typedef struct
{
  char  *class_key;
  char  *mentor_key;
  char  *regie_key;
  char  *needs_key;
  guint  deadline_key;  /* the due day; G_MAXUINT without a deadline */
  guint  flags_key;
} SortKeys;

static GQuark
sort_keys_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-caseload-sort-keys");

  return quark;
}

static void
sort_keys_free (gpointer data)
{
  SortKeys *keys = data;

  g_free (keys->class_key);
  g_free (keys->mentor_key);
  g_free (keys->regie_key);
  g_free (keys->needs_key);
  g_free (keys);
}

static const SortKeys *
get_sort_keys (PassendStudent *student)
{
  static const SortKeys empty = { (char *) "", (char *) "", (char *) "", (char *) "", G_MAXUINT, 0 };
  const SortKeys *keys = g_object_get_qdata (G_OBJECT (student), sort_keys_quark ());

  return keys ? keys : &empty;
}

void
_passend_caseload_attach_sort_keys (PassendStudent *student)
{
  SortKeys *keys;
  const PassendCaseloadRow *row;
  const char *class_name;
  const char *mentor;
  const char *regie;

  g_return_if_fail (PASSEND_IS_STUDENT (student));

  keys = g_new0 (SortKeys, 1);
  class_name = passend_student_get_class_name (student);
  mentor = passend_student_get_mentor_name (student);
  regie = passend_student_get_regie_name (student);

  /* The filename key sorts "2a" before "10a". */
  keys->class_key = g_utf8_collate_key_for_filename (class_name ? class_name : "", -1);
  keys->mentor_key = g_utf8_collate_key (mentor ? mentor : "", -1);
  keys->regie_key = g_utf8_collate_key (regie ? regie : "", -1);

  row = _passend_caseload_row_get (student);
  keys->needs_key = g_utf8_collate_key (row ? row->needs_text : "", -1);
  keys->deadline_key = G_MAXUINT;
  if (row != NULL && row->next_deadline != NULL)
    keys->deadline_key = passend_deadline_get_due (row->next_deadline);
  /* Closed cases last, then the weightiest flags first when descending. */
  if (row != NULL)
    keys->flags_key = (row->tlv_route ? 2 : 0) + (row->opp_required ? 1 : 0) +
                      (passend_student_get_case_open (student) ? 0 : 4);  g_object_set_qdata_full (G_OBJECT (student), sort_keys_quark (), keys, sort_keys_free);
}

/* Sorting */

static int
compare_ints (int a,
              int b)
{
  return (a > b) - (a < b);
}

static int
compare_students (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const ColumnSort *sort = user_data;
  PassendCaseloadSorting *sorting = sort->sorting;
  PassendStudent *sa = (PassendStudent *) a;
  PassendStudent *sb = (PassendStudent *) b;
  const SortKeys *ka;
  const SortKeys *kb;
  int result = 0;

  /* See _passend_caseload_sorting_find_primary(). */
  if (G_UNLIKELY (sorting->probing))
    {
      if (sorting->probe_column < 0)
        sorting->probe_column = sort->column;
      return -1;
    }

  ka = get_sort_keys (sa);
  kb = get_sort_keys (sb);

  switch (sort->column)
    {
    case PASSEND_CASELOAD_COLUMN_NAME:
      break;

    case PASSEND_CASELOAD_COLUMN_CLASS:
      result = strcmp (ka->class_key, kb->class_key);
      break;

    case PASSEND_CASELOAD_COLUMN_MENTOR:
      result = strcmp (ka->mentor_key, kb->mentor_key);
      break;

    case PASSEND_CASELOAD_COLUMN_LEVEL:
      result = compare_ints (passend_student_get_niveau (sa), passend_student_get_niveau (sb));
      break;

    case PASSEND_CASELOAD_COLUMN_PHASE:
      result = compare_ints (passend_student_get_phase (sa), passend_student_get_phase (sb));
      break;

    case PASSEND_CASELOAD_COLUMN_REGIE:
      result = compare_ints (passend_student_get_regie (sa), passend_student_get_regie (sb));
      if (result == 0)
        result = strcmp (ka->regie_key, kb->regie_key);
      break;

    case PASSEND_CASELOAD_COLUMN_NEEDS:
      result = strcmp (ka->needs_key, kb->needs_key);
      break;

    case PASSEND_CASELOAD_COLUMN_DEADLINE:
      result = (ka->deadline_key > kb->deadline_key) - (ka->deadline_key < kb->deadline_key);
      break;

    case PASSEND_CASELOAD_COLUMN_FLAGS:
      result = compare_ints ((int) ka->flags_key, (int) kb->flags_key);
      break;

    case PASSEND_CASELOAD_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  /* Equal cells keep the list in name order. */
  if (result == 0)
    result = g_strcmp0 (passend_student_get_sort_key (sa), passend_student_get_sort_key (sb));

  return result;
}

PassendCaseloadSorting *
_passend_caseload_sorting_new (void)
{
  PassendCaseloadSorting *sorting = g_new0 (PassendCaseloadSorting, 1);

  for (guint i = 0; i < PASSEND_CASELOAD_N_COLUMNS; i++)
    {
      sorting->sorts[i].sorting = sorting;
      sorting->sorts[i].column = i;
    }
  sorting->probe_items[0] = passend_student_new ();
  sorting->probe_items[1] = passend_student_new ();
  sorting->probe_column = -1;

  return sorting;
}

void
_passend_caseload_sorting_free (PassendCaseloadSorting *sorting)
{
  if (sorting == NULL)
    return;

  g_clear_object (&sorting->probe_items[0]);
  g_clear_object (&sorting->probe_items[1]);
  g_free (sorting);
}

GtkSorter *
_passend_caseload_sorting_create_sorter (PassendCaseloadSorting *sorting,
                                         PassendCaseloadColumn   column)
{
  g_return_val_if_fail (sorting != NULL, NULL);
  g_return_val_if_fail (column < PASSEND_CASELOAD_N_COLUMNS, NULL);

  return GTK_SORTER (gtk_custom_sorter_new (compare_students, &sorting->sorts[column], NULL));
}

/* GTK 4.8 has no API to ask a column view which column it sorts by (it
 * came in 4.10). The column view sorter asks its column sorters in order,
 * primary first, and inverts the answer for a descending column: so one
 * comparison in which every column sorter answers "smaller" tells both
 * the column and the direction. */
gboolean
_passend_caseload_sorting_find_primary (PassendCaseloadSorting *sorting,
                                        GtkSorter              *view_sorter,
                                        PassendCaseloadColumn  *column,
                                        gboolean               *descending)
{
  GtkOrdering order;

  g_return_val_if_fail (sorting != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_SORTER (view_sorter), FALSE);

  sorting->probe_column = -1;
  sorting->probing = TRUE;
  order = gtk_sorter_compare (view_sorter, sorting->probe_items[0], sorting->probe_items[1]);
  sorting->probing = FALSE;

  if (sorting->probe_column < 0 || order == GTK_ORDERING_EQUAL)
    return FALSE;

  *column = sorting->probe_column;
  *descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}

/* Cells */

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  /* Names keep room for a given name and most of a family name when the
   * window is narrow; the other columns give way first. */
  static const guint min_chars[PASSEND_CASELOAD_N_COLUMNS] = { 14, 4, 3, 0, 0, 3, 4, 0, 0 };
  static const guint nat_chars[PASSEND_CASELOAD_N_COLUMNS] = { 24, 6, 16, 0, 0, 18, 20, 0, 0 };
  PassendCaseloadColumn column = GPOINTER_TO_UINT (user_data);
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), min_chars[column]);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), nat_chars[column]);
  gtk_list_item_set_child (item, inscription);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PassendStudent *student = gtk_list_item_get_item (item);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  g_autofree char *owned = NULL;
  const char *text = NULL;

  switch ((PassendCaseloadColumn) GPOINTER_TO_UINT (user_data))
    {
    case PASSEND_CASELOAD_COLUMN_NAME:
      text = passend_student_get_display_name (student);
      break;

    case PASSEND_CASELOAD_COLUMN_CLASS:
      text = passend_student_get_class_name (student);
      break;

    case PASSEND_CASELOAD_COLUMN_MENTOR:
      text = passend_student_get_mentor_name (student);
      break;

    case PASSEND_CASELOAD_COLUMN_REGIE:
      text = owned = passend_ui_dup_regie_text (student);
      break;

    case PASSEND_CASELOAD_COLUMN_NEEDS:
      {
        const PassendCaseloadRow *row = _passend_caseload_row_get (student);

        text = row ? row->needs_text : NULL;
        passend_ui_set_cell_tooltip (GTK_WIDGET (inscription), text && text[0] ? text : NULL);
      }
      break;

    case PASSEND_CASELOAD_COLUMN_DEADLINE:
    case PASSEND_CASELOAD_COLUMN_FLAGS:
    case PASSEND_CASELOAD_COLUMN_LEVEL:
    case PASSEND_CASELOAD_COLUMN_PHASE:
    case PASSEND_CASELOAD_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_inscription_set_text (inscription, text);
}

static void
unbind_text_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), NULL);
  passend_ui_set_cell_tooltip (gtk_list_item_get_child (item), NULL);
}

static void
setup_badge_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, label);
}

static void
bind_level_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  PassendStudent *student = gtk_list_item_get_item (item);

  passend_ui_set_niveau_badge (GTK_LABEL (gtk_list_item_get_child (item)),
                               passend_student_get_niveau (student), FALSE);
}

static void
bind_phase_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  PassendStudent *student = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  PassendPhase phase = passend_student_get_phase (student);
  const char *classes[] = { "phase-pill", NULL };

  gtk_label_set_text (GTK_LABEL (label), passend_phase_get_short_label (phase));
  gtk_widget_set_css_classes (label, classes);
  passend_ui_set_cell_tooltip (label, passend_phase_get_label (phase));
}

static void
unbind_badge_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), NULL);
  passend_ui_set_cell_tooltip (label, NULL);
}

/* The next deadline: its icon, day and what is due, red only when it is
 * overdue; the flags: one icon each, explained by its tooltip. */

static void
setup_deadline_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 8);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 30);
  gtk_widget_set_hexpand (inscription, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), inscription);
  gtk_list_item_set_child (item, box);
}

static char *
dup_deadline_text (const PassendCaseloadRow *row)
{
  g_autofree char *day = NULL;

  if (row == NULL || row->next_deadline == NULL)
    return NULL;

  day = passend_day_format (passend_deadline_get_due (row->next_deadline));
  /* TRANSLATORS: a deadline in the caseload: the day, then what is due,
   * "Mon 23 Nov 2026 · OPP must be set". */
  return g_strdup_printf (C_("deadline", "%s · %s"), day,
                          passend_deadline_get_description (row->next_deadline));
}

static void
bind_deadline_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  PassendStudent *student = gtk_list_item_get_item (item);
  const PassendCaseloadRow *row = _passend_caseload_row_get (student);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *inscription = gtk_widget_get_last_child (box);
  g_autofree char *text = dup_deadline_text (row);
  g_autofree char *relative = NULL;

  if (text == NULL)
    return;

  relative = passend_day_format_relative (passend_deadline_get_due (row->next_deadline),
                                          passend_day_today ());
  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                row->overdue ? "task-past-due-symbolic" : "task-due-symbolic");
  gtk_inscription_set_text (GTK_INSCRIPTION (inscription), text);
  if (row->overdue)
    gtk_widget_add_css_class (box, "error");
  else if (!row->attention)
    gtk_widget_add_css_class (box, "dim-label");
  passend_ui_set_cell_tooltip (box, relative);
}

static void
unbind_deadline_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_image_clear (GTK_IMAGE (gtk_widget_get_first_child (box)));
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_last_child (box)), NULL);
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "dim-label");
  passend_ui_set_cell_tooltip (box, NULL);
}

typedef struct
{
  const char *icon_name;
  const char *tooltip;
} Flag;

#define MAX_FLAGS 5

/* In a fixed order so they line up down the list. */
static guint
collect_flags (PassendStudent *student,
               Flag            flags[MAX_FLAGS])
{
  const PassendCaseloadRow *row = _passend_caseload_row_get (student);
  PassendAbsenceSignals absence = passend_absence_rules_get_signals (student);
  guint n = 0;

  if (row != NULL && row->opp_required)
    flags[n++] = (Flag) { "document-edit-symbolic", _("OPP required: level 3 or 4 without an OPP") };
  if (row != NULL && row->tlv_route)
    flags[n++] = (Flag) { "document-send-symbolic", _("TLV route: phase 4") };
  /* A closed case never needs consent, so three flags still suffice. */
  if (passend_consent_rules_flag_missing (student))
    flags[n++] = (Flag) { "security-low-symbolic",
                          _("Consent missing: no valid consent to discuss the student with external partners") };
  /* The DUO threshold and the M@ZL signal; late arrivals stay on the
   * student page. */
  if ((absence & PASSEND_ABSENCE_SIGNAL_THRESHOLD) && (absence & PASSEND_ABSENCE_SIGNAL_SICKNESS))
    flags[n++] = (Flag) { "appointment-missed-symbolic",
                          _("Absence threshold reached: report to DUO; sickness absence is a concern (M@ZL)") };
  else if (absence & PASSEND_ABSENCE_SIGNAL_THRESHOLD)
    flags[n++] = (Flag) { "appointment-missed-symbolic", _("Absence threshold reached: report to DUO") };
  else if (absence & PASSEND_ABSENCE_SIGNAL_SICKNESS)
    flags[n++] = (Flag) { "appointment-missed-symbolic", _("Sickness absence is a concern (M@ZL)") };
  if (!passend_student_get_case_open (student))
    flags[n++] = (Flag) { "object-select-symbolic", _("Closed case") };

  return n;
}

static void
setup_flags_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
}

/* The icons are made as a row first needs them: most students carry no
 * flag or one, and GTK 4.8 makes some 200 rows at start. */
static void
bind_flags_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Flag flags[MAX_FLAGS];
  guint n_flags = collect_flags (gtk_list_item_get_item (item), flags);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);

  for (guint i = 0; i < n_flags || icon != NULL; i++)
    {
      if (icon == NULL)
        {
          icon = gtk_image_new ();
          gtk_box_append (GTK_BOX (box), icon);
        }

      gtk_widget_set_visible (icon, i < n_flags);
      if (i < n_flags)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (icon), flags[i].icon_name);
          passend_ui_set_cell_tooltip (icon, flags[i].tooltip);
        }
      icon = gtk_widget_get_next_sibling (icon);
    }
}

static void
connect_icon_cells (GtkListItemFactory    *factory,
                    PassendCaseloadColumn  column)
{
  if (column == PASSEND_CASELOAD_COLUMN_DEADLINE)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_deadline_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_deadline_cb), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_deadline_cb), NULL);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_flags_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_flags_cb), NULL);
    }
}

char *
_passend_caseload_column_dup_text (PassendCaseloadColumn  column,
                                   PassendStudent        *student)
{
  const PassendCaseloadRow *row;

  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  row = _passend_caseload_row_get (student);
  switch (column)
    {
    case PASSEND_CASELOAD_COLUMN_NAME:
      return g_strdup (passend_student_get_display_name (student));
    case PASSEND_CASELOAD_COLUMN_CLASS:
      return g_strdup (passend_student_get_class_name (student));
    case PASSEND_CASELOAD_COLUMN_MENTOR:
      return g_strdup (passend_student_get_mentor_name (student));
    case PASSEND_CASELOAD_COLUMN_LEVEL:
      return g_strdup_printf ("%d", passend_student_get_niveau (student));
    case PASSEND_CASELOAD_COLUMN_PHASE:
      return g_strdup (passend_phase_get_short_label (passend_student_get_phase (student)));
    case PASSEND_CASELOAD_COLUMN_REGIE:
      return passend_ui_dup_regie_text (student);
    case PASSEND_CASELOAD_COLUMN_NEEDS:
      return g_strdup (row ? row->needs_text : "");
    case PASSEND_CASELOAD_COLUMN_DEADLINE:
      {
        g_autofree char *day = NULL;
        int y, m, d;

        if (row == NULL || row->next_deadline == NULL)
          return g_strdup ("");
        /* dd-mm-jjjj: the form Dutch Excel reads as a date. */
        passend_day_get_ymd (passend_deadline_get_due (row->next_deadline), &y, &m, &d);
        return g_strdup_printf ("%02d-%02d-%04d %s", d, m, y,
                                passend_deadline_get_description (row->next_deadline));
      }
    case PASSEND_CASELOAD_COLUMN_FLAGS:
      {
        Flag flags[MAX_FLAGS];
        guint n_flags = collect_flags (student, flags);
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) tooltips = NULL;

        for (guint i = 0; i < n_flags; i++)
          g_strv_builder_add (builder, flags[i].tooltip);
        tooltips = g_strv_builder_end (builder);
        return g_strjoinv (C_("needs", ", "), tooltips);
      }
    case PASSEND_CASELOAD_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

GtkListItemFactory *
_passend_caseload_column_create_factory (PassendCaseloadColumn column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  gpointer data = GUINT_TO_POINTER (column);

  g_return_val_if_fail (column < PASSEND_CASELOAD_N_COLUMNS, NULL);

  if (column == PASSEND_CASELOAD_COLUMN_DEADLINE || column == PASSEND_CASELOAD_COLUMN_FLAGS)
    {
      connect_icon_cells (factory, column);
    }
  else if (column == PASSEND_CASELOAD_COLUMN_LEVEL || column == PASSEND_CASELOAD_COLUMN_PHASE)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_badge_cb), data);
      g_signal_connect (factory, "bind",
                        column == PASSEND_CASELOAD_COLUMN_LEVEL ? G_CALLBACK (bind_level_cb)
                                                                : G_CALLBACK (bind_phase_cb),
                        data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_badge_cb), data);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_text_cb), data);
    }

  return factory;
}
