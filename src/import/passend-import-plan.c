/* passend-import-plan.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-import-private.h"

/* The plan */

struct _PassendImportPlan
{
  GObject              parent_instance;

  GListStore          *rows;
  GListStore          *possibly_left;
  guint                counts[PASSEND_IMPORT_STATUS_POSSIBLY_LEFT + 1];
  guint                n_skipped;
  GStrv                ignored_columns;
  GStrv                unknown_mentors;
  const char          *encoding;
  char                 separator;
  PassendDay           today;

  PassendImportFields  present;
  GPtrArray           *students;     /* PassendStudent to store */
  GArray              *missing_ids;  /* gint64 */
};

G_DEFINE_FINAL_TYPE (PassendImportPlan, passend_import_plan, G_TYPE_OBJECT)

static void
passend_import_plan_finalize (GObject *object)
{
  PassendImportPlan *self = (PassendImportPlan *)object;

  g_clear_object (&self->rows);
  g_clear_object (&self->possibly_left);
  g_strfreev (self->ignored_columns);
  g_strfreev (self->unknown_mentors);
  g_clear_pointer (&self->students, g_ptr_array_unref);
  g_clear_pointer (&self->missing_ids, g_array_unref);

  G_OBJECT_CLASS (passend_import_plan_parent_class)->finalize (object);
}

static void
passend_import_plan_class_init (PassendImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = passend_import_plan_finalize;
}

static void
passend_import_plan_init (PassendImportPlan *self)
{
  self->rows = g_list_store_new (PASSEND_TYPE_IMPORT_ROW);
  self->possibly_left = g_list_store_new (PASSEND_TYPE_IMPORT_ROW);
  self->students = g_ptr_array_new_with_free_func (g_object_unref);
  self->missing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Header mapping */

typedef struct
{
  PassendCsvTable *table;
  int              index[PASSEND_LVS_N_COLUMNS];
  const char      *header[PASSEND_LVS_N_COLUMNS];
} Columns;

static const char *
cell (const Columns    *columns,
      guint             row,
      PassendLvsColumn  column)
{
  if (columns->index[column] < 0)
    return "";
  return passend_csv_table_get_field (columns->table, row, columns->index[column]);
}

static char *
found_columns (PassendCsvTable *table)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < passend_csv_table_get_n_fields (table, 0) && i < 12; i++)
    g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "", passend_csv_table_get_field (table, 0, i));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
map_columns (PassendImportPlan  *self,
             Columns            *columns,
             GError            **error)
{
  PassendCsvTable *table = columns->table;
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  g_autofree char *found = NULL;

  for (guint c = 0; c < PASSEND_LVS_N_COLUMNS; c++)
    columns->index[c] = -1;

  for (guint i = 0; i < passend_csv_table_get_n_fields (table, 0); i++)
    {
      const char *header = passend_csv_table_get_field (table, 0, i);
      PassendLvsColumn column = passend_lvs_column_for_header (header);

      /* The first of two columns with the same meaning wins. */
      if (column != PASSEND_LVS_COLUMN_NONE && columns->index[column] < 0)
        {
          columns->index[column] = i;
          columns->header[column] = header;
        }
      else if (*header != '\0')
        {
          g_strv_builder_add (ignored, header);
        }
    }
  self->ignored_columns = g_strv_builder_end (ignored);

  found = found_columns (table);
  if (columns->index[PASSEND_LVS_COLUMN_ID] < 0)
    {
      g_set_error (error, PASSEND_LVS_IMPORT_ERROR, PASSEND_LVS_IMPORT_ERROR_NO_ID_COLUMN,
                   _("The export has no column with the student number (such as “Stamnummer”, “Stamnr” or “Leerlingnummer”). Columns found: %s."),
                   found);
      return FALSE;
    }
  if (columns->index[PASSEND_LVS_COLUMN_ACHTERNAAM] < 0 && columns->index[PASSEND_LVS_COLUMN_FULL_NAME] < 0)
    {
      g_set_error (error, PASSEND_LVS_IMPORT_ERROR, PASSEND_LVS_IMPORT_ERROR_NO_NAME_COLUMN,
                   _("The export has no column with the family name (such as “Achternaam”) or the full name (“Naam”). Columns found: %s."),
                   found);
      return FALSE;
    }

  return TRUE;
}

static PassendImportFields
present_fields (const Columns *columns)
{
  static const struct { PassendLvsColumn column; PassendImportFields field; } map[] = {
    { PASSEND_LVS_COLUMN_ROEPNAAM, PASSEND_IMPORT_FIELD_ROEPNAAM },
    { PASSEND_LVS_COLUMN_VOORLETTERS, PASSEND_IMPORT_FIELD_VOORLETTERS },
    { PASSEND_LVS_COLUMN_TUSSENVOEGSEL, PASSEND_IMPORT_FIELD_TUSSENVOEGSEL },
    { PASSEND_LVS_COLUMN_BIRTH_DATE, PASSEND_IMPORT_FIELD_BIRTH_DATE },
    { PASSEND_LVS_COLUMN_GENDER, PASSEND_IMPORT_FIELD_GENDER },
    { PASSEND_LVS_COLUMN_CLASS, PASSEND_IMPORT_FIELD_CLASS | PASSEND_IMPORT_FIELD_YEAR },
    { PASSEND_LVS_COLUMN_YEAR, PASSEND_IMPORT_FIELD_YEAR },
    { PASSEND_LVS_COLUMN_TRACK, PASSEND_IMPORT_FIELD_TRACK },
    { PASSEND_LVS_COLUMN_LOCATION, PASSEND_IMPORT_FIELD_LOCATION },
    { PASSEND_LVS_COLUMN_MENTOR, PASSEND_IMPORT_FIELD_MENTOR },
  };
  PassendImportFields fields = PASSEND_IMPORT_FIELD_ACHTERNAAM;

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      if (columns->index[map[i].column] >= 0)
        fields |= map[i].field;
    }

  /* A full name is split only when there is no family name column. */
  if (columns->index[PASSEND_LVS_COLUMN_ACHTERNAAM] < 0)
    fields |= PASSEND_IMPORT_FIELD_ROEPNAAM | PASSEND_IMPORT_FIELD_TUSSENVOEGSEL;

  return fields;
}

/* Rows */

static char *
trimmed (const Columns    *columns,
         guint             row,
         PassendLvsColumn  column)
{
  return g_strstrip (g_strdup (cell (columns, row, column)));
}

static void
read_names (const Columns    *columns,
            guint             r,
            PassendImportRow *row,
            PassendStudent   *student)
{
  g_autofree char *roepnaam = trimmed (columns, r, PASSEND_LVS_COLUMN_ROEPNAAM);
  g_autofree char *tussenvoegsel = trimmed (columns, r, PASSEND_LVS_COLUMN_TUSSENVOEGSEL);
  g_autofree char *achternaam = trimmed (columns, r, PASSEND_LVS_COLUMN_ACHTERNAAM);
  g_autofree char *voorletters = trimmed (columns, r, PASSEND_LVS_COLUMN_VOORLETTERS);

  if (columns->index[PASSEND_LVS_COLUMN_ACHTERNAAM] < 0)
    {
      g_autofree char *full = trimmed (columns, r, PASSEND_LVS_COLUMN_FULL_NAME);

      g_clear_pointer (&roepnaam, g_free);
      g_clear_pointer (&tussenvoegsel, g_free);
      g_clear_pointer (&achternaam, g_free);
      if (!passend_lvs_split_full_name (full, &roepnaam, &tussenvoegsel, &achternaam))
        {
          g_autofree char *reason = *full == '\0' ? g_strdup (_("the name is empty"))
                                                  : g_strdup_printf (_("“%s” holds no family name"), full);

          _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_FULL_NAME], reason);
          return;
        }
    }
  else if (*achternaam == '\0')
    {
      _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_ACHTERNAAM], _("the family name is empty"));
    }

  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_voorletters (student, voorletters);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
}

static void
read_enrolment (const Columns    *columns,
                guint             r,
                PassendImportRow *row,
                PassendStudent   *student)
{
  g_autofree char *class_name = trimmed (columns, r, PASSEND_LVS_COLUMN_CLASS);
  g_autofree char *track = passend_lvs_normalize_track (cell (columns, r, PASSEND_LVS_COLUMN_TRACK));
  g_autofree char *location = trimmed (columns, r, PASSEND_LVS_COLUMN_LOCATION);
  g_autofree char *mentor = trimmed (columns, r, PASSEND_LVS_COLUMN_MENTOR);
  g_autoptr(GError) local_error = NULL;
  int year = 0;

  if (!passend_lvs_parse_year (cell (columns, r, PASSEND_LVS_COLUMN_YEAR), &year, &local_error))
    _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_YEAR], local_error->message);
  if (year == 0)
    year = passend_lvs_year_from_class (class_name);

  g_clear_error (&local_error);
  if (!passend_lvs_parse_school_year (cell (columns, r, PASSEND_LVS_COLUMN_SCHOOL_YEAR),
                                      &row->school_year, &local_error))
    _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_SCHOOL_YEAR], local_error->message);

  passend_student_set_class_name (student, class_name);
  passend_student_set_year (student, year);
  passend_student_set_track (student, track);
  passend_student_set_location (student, location);
  passend_student_set_mentor_name (student, mentor);
}

static PassendImportRow *
read_row (const Columns *columns,
          guint          r)
{
  g_autoptr(PassendImportRow) row = g_object_new (PASSEND_TYPE_IMPORT_ROW, NULL);
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *gender = passend_lvs_normalize_gender (cell (columns, r, PASSEND_LVS_COLUMN_GENDER));
  PassendDay birth_date = PASSEND_DAY_NONE;

  row->line = passend_csv_table_get_line_number (columns->table, r);
  row->status = PASSEND_IMPORT_STATUS_NEW;
  row->lvs_number = trimmed (columns, r, PASSEND_LVS_COLUMN_ID);
  if (*row->lvs_number == '\0')
    _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_ID], _("the student number is empty"));

  read_names (columns, r, row, student);

  if (!passend_lvs_parse_date (cell (columns, r, PASSEND_LVS_COLUMN_BIRTH_DATE), &birth_date, &local_error))
    _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_BIRTH_DATE], local_error->message);

  read_enrolment (columns, r, row, student);

  passend_student_set_lvs_number (student, row->lvs_number);
  passend_student_set_birth_date (student, birth_date);
  passend_student_set_gender (student, gender);

  row->name = g_strdup (passend_student_get_display_name (student));
  row->class_name = g_strdup (passend_student_get_class_name (student));
  row->student = g_steal_pointer (&student);
  return g_steal_pointer (&row);
}

static gboolean
same_data (PassendStudent *a,
           PassendStudent *b)
{
  return g_str_equal (passend_student_get_roepnaam (a), passend_student_get_roepnaam (b)) &&
         g_str_equal (passend_student_get_voorletters (a), passend_student_get_voorletters (b)) &&
         g_str_equal (passend_student_get_tussenvoegsel (a), passend_student_get_tussenvoegsel (b)) &&
         g_str_equal (passend_student_get_achternaam (a), passend_student_get_achternaam (b)) &&
         passend_student_get_birth_date (a) == passend_student_get_birth_date (b) &&
         g_str_equal (passend_student_get_gender (a), passend_student_get_gender (b)) &&
         g_str_equal (passend_student_get_class_name (a), passend_student_get_class_name (b)) &&
         passend_student_get_year (a) == passend_student_get_year (b) &&
         g_str_equal (passend_student_get_track (a), passend_student_get_track (b)) &&
         g_str_equal (passend_student_get_location (a), passend_student_get_location (b)) &&
         g_str_equal (passend_student_get_mentor_name (a), passend_student_get_mentor_name (b));
}

/* Keeps per student the rows of the current school year (else the
 * latest); marks them in @keep. A second row of the same year must say
 * the same, or both cannot be right. */
static void
pick_rows (GPtrArray     *rows,
           const Columns *columns,
           PassendDay     today,
           gboolean      *keep,
           guint         *n_skipped)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_array_unref);
  int current = passend_day_school_year_of (today);
  GHashTableIter iter;
  GArray *group;

  for (guint i = 0; i < rows->len; i++)
    {
      PassendImportRow *row = g_ptr_array_index (rows, i);

      keep[i] = TRUE;
      if (row->status == PASSEND_IMPORT_STATUS_ERROR)
        continue;

      group = g_hash_table_lookup (groups, row->lvs_number);
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, row->lvs_number, group);
        }
      g_array_append_val (group, i);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &group))
    {
      PassendImportRow *first = NULL;
      int chosen = G_MININT;

      if (group->len == 1)
        continue;

      for (guint j = 0; j < group->len; j++)
        {
          PassendImportRow *row = g_ptr_array_index (rows, g_array_index (group, guint, j));

          if (row->school_year == current || (chosen != current && row->school_year > chosen))
            chosen = row->school_year;
        }

      for (guint j = 0; j < group->len; j++)
        {
          guint i = g_array_index (group, guint, j);
          PassendImportRow *row = g_ptr_array_index (rows, i);
          g_autofree char *reason = NULL;

          if (row->school_year != chosen)
            keep[i] = FALSE;
          else if (first == NULL)
            first = row;
          else if (same_data (first->student, row->student))
            keep[i] = FALSE;
          else
            {
              reason = g_strdup_printf (_("student %s is also on row %u, with other data for the same school year"),
                                        row->lvs_number, first->line);
              _passend_import_row_set_error (row, columns->header[PASSEND_LVS_COLUMN_ID], reason);
            }

          if (!keep[i])
            (*n_skipped)++;
        }
    }
}

static char *
changed_fields_text (PassendImportFields changed)
{
  static const struct { PassendImportFields field; const char *label; } labels[] = {
    { PASSEND_IMPORT_FIELD_ROEPNAAM, N_("first name") },
    { PASSEND_IMPORT_FIELD_VOORLETTERS, N_("initials") },
    { PASSEND_IMPORT_FIELD_TUSSENVOEGSEL, N_("tussenvoegsel") },
    { PASSEND_IMPORT_FIELD_ACHTERNAAM, N_("family name") },
    { PASSEND_IMPORT_FIELD_BIRTH_DATE, N_("birth date") },
    { PASSEND_IMPORT_FIELD_GENDER, N_("gender") },
    { PASSEND_IMPORT_FIELD_CLASS, N_("class") },
    { PASSEND_IMPORT_FIELD_YEAR, N_("year") },
    { PASSEND_IMPORT_FIELD_TRACK, N_("track") },
    { PASSEND_IMPORT_FIELD_LOCATION, N_("location") },
    { PASSEND_IMPORT_FIELD_MENTOR, N_("mentor") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if ((changed & labels[i].field) != 0)
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", _(labels[i].label));
    }

  return g_strdup_printf (_("Changes: %s"), text->str);
}

static gboolean
compare_with_database (PassendImportPlan  *self,
                       GPtrArray          *kept,
                       PassendDatabase    *database,
                       GError            **error)
{
  g_autoptr(GArray) changed = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GHashTable) unknown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) unknown_list = g_strv_builder_new ();

  for (guint i = 0; i < kept->len; i++)
    g_ptr_array_add (self->students, g_object_ref (((PassendImportRow *) g_ptr_array_index (kept, i))->student));

  if (!passend_database_plan_import (database, self->students, self->present, &changed, &missing, error))
    return FALSE;

  for (guint i = 0; i < kept->len; i++)
    {
      PassendImportRow *row = g_ptr_array_index (kept, i);
      PassendImportFields fields = g_array_index (changed, guint, i);
      const char *mentor = passend_student_get_mentor_name (row->student);

      if (passend_student_get_id (row->student) == 0)
        row->status = PASSEND_IMPORT_STATUS_NEW;
      else if (fields != 0)
        {
          row->status = PASSEND_IMPORT_STATUS_UPDATED;
          row->detail = changed_fields_text (fields);
        }
      else
        row->status = PASSEND_IMPORT_STATUS_UNCHANGED;

      /* Unknown mentors are reported, never created: staff is the
       * coordinator's to add. */
      if (*mentor != '\0' && passend_student_get_mentor_id (row->student) == 0)
        {
          if (row->detail == NULL)
            row->detail = g_strdup_printf (_("Mentor “%s” is not on the staff list"), mentor);
          if (g_hash_table_add (unknown, (gpointer) mentor))
            g_strv_builder_add (unknown_list, mentor);
        }
    }
  self->unknown_mentors = g_strv_builder_end (unknown_list);

  for (guint i = 0; i < missing->len; i++)
    {
      PassendStudent *student = g_ptr_array_index (missing, i);
      g_autoptr(PassendImportRow) row = g_object_new (PASSEND_TYPE_IMPORT_ROW, NULL);
      gint64 id = passend_student_get_id (student);

      row->status = PASSEND_IMPORT_STATUS_POSSIBLY_LEFT;
      row->lvs_number = g_strdup (passend_student_get_lvs_number (student));
      row->name = g_strdup (passend_student_get_display_name (student));
      row->class_name = g_strdup (passend_student_get_class_name (student));
      row->detail = g_strdup (_("Not in the export"));
      g_list_store_append (self->possibly_left, row);
      g_array_append_val (self->missing_ids, id);
    }
  self->counts[PASSEND_IMPORT_STATUS_POSSIBLY_LEFT] = missing->len;

  return TRUE;
}

/**
 * passend_import_plan_new_for_table:
 *
 * Returns: (transfer full): the plan, or %NULL with @error set.
 */
PassendImportPlan *
passend_import_plan_new_for_table (PassendCsvTable  *table,
                                   PassendDatabase  *database,
                                   PassendDay        today,
                                   GError          **error)
{
  g_autoptr(PassendImportPlan) self = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree gboolean *keep = NULL;
  Columns columns = { table };

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PASSEND_TYPE_IMPORT_PLAN, NULL);
  self->today = today != PASSEND_DAY_NONE ? today : passend_day_today ();
  self->encoding = passend_csv_table_get_encoding (table);
  self->separator = passend_csv_table_get_separator (table);

  if (!map_columns (self, &columns, error))
    return NULL;
  self->present = present_fields (&columns);

  for (guint r = 1; r < passend_csv_table_get_n_rows (table); r++)
    g_ptr_array_add (rows, read_row (&columns, r));

  keep = g_new0 (gboolean, MAX (rows->len, 1));
  pick_rows (rows, &columns, self->today, keep, &self->n_skipped);

  for (guint i = 0; i < rows->len; i++)
    {
      PassendImportRow *row = g_ptr_array_index (rows, i);

      if (!keep[i])
        continue;
      if (row->status != PASSEND_IMPORT_STATUS_ERROR)
        g_ptr_array_add (kept, row);
    }

  if (!compare_with_database (self, kept, database, error))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      PassendImportRow *row = g_ptr_array_index (rows, i);

      if (!keep[i])
        continue;
      self->counts[row->status]++;
      g_list_store_append (self->rows, row);
    }

  return g_steal_pointer (&self);
}

PassendImportPlan *
passend_import_plan_new_for_file (GFile            *file,
                                  PassendDatabase  *database,
                                  PassendDay        today,
                                  GCancellable     *cancellable,
                                  GError          **error)
{
  g_autoptr(PassendCsvTable) table = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  table = passend_csv_table_new_from_file (file, cancellable, error);
  if (table == NULL)
    return NULL;

  return passend_import_plan_new_for_table (table, database, today, error);
}

/* In a thread */

typedef struct
{
  GFile      *file;
  char       *database_path;
  PassendDay  today;
} PlanData;

static void
plan_data_free (PlanData *data)
{
  g_clear_object (&data->file);
  g_free (data->database_path);
  g_free (data);
}

static void
plan_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PlanData *data = task_data;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendImportPlan) plan = NULL;
  GError *error = NULL;

  database = passend_database_open (data->database_path, &error);
  if (database != NULL)
    plan = passend_import_plan_new_for_file (data->file, database, data->today, cancellable, &error);

  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&plan), g_object_unref);
}

void
passend_import_plan_new_async (GFile               *file,
                               const char          *database_path,
                               PassendDay           today,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PlanData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (database_path != NULL);

  data = g_new0 (PlanData, 1);
  data->file = g_object_ref (file);
  data->database_path = g_strdup (database_path);
  data->today = today;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_import_plan_new_async);
  g_task_set_task_data (task, data, (GDestroyNotify) plan_data_free);
  g_task_run_in_thread (task, plan_in_thread);
}

PassendImportPlan *
passend_import_plan_new_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == passend_import_plan_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Getters */

GListModel *
passend_import_plan_get_rows (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->rows);
}

GListModel *
passend_import_plan_get_possibly_left (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->possibly_left);
}

guint
passend_import_plan_get_n_status (PassendImportPlan   *self,
                                  PassendImportStatus  status)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (status <= PASSEND_IMPORT_STATUS_POSSIBLY_LEFT, 0);
  return self->counts[status];
}

guint
passend_import_plan_get_n_skipped (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), 0);
  return self->n_skipped;
}

const char * const *
passend_import_plan_get_ignored_columns (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), NULL);
  return (const char * const *) self->ignored_columns;
}

const char * const *
passend_import_plan_get_unknown_mentors (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), NULL);
  return (const char * const *) self->unknown_mentors;
}

const char *
passend_import_plan_get_encoding (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), NULL);
  return self->encoding;
}

char
passend_import_plan_get_separator (PassendImportPlan *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), '\0');
  return self->separator;
}

/* Apply */

gboolean
passend_import_plan_apply (PassendImportPlan  *self,
                           PassendDatabase    *database,
                           gboolean            complete,
                           guint              *n_created,
                           guint              *n_updated,
                           GError            **error)
{
  guint n_errors;

  g_return_val_if_fail (PASSEND_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_errors = self->counts[PASSEND_IMPORT_STATUS_ERROR];
  if (n_errors > 0)
    {
      g_set_error (error, PASSEND_LVS_IMPORT_ERROR, PASSEND_LVS_IMPORT_ERROR_HAS_ERRORS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row of the export has an error, so nothing was imported. Correct it in the export and import again.",
                                "%u rows of the export have an error, so nothing was imported. Correct them in the export and import again.",
                                n_errors),
                   n_errors);
      return FALSE;
    }

  /* An empty export that claims to be complete would mark everyone as
   * having left. */
  if (complete && self->students->len == 0)
    {
      g_set_error_literal (error, PASSEND_LVS_IMPORT_ERROR, PASSEND_LVS_IMPORT_ERROR_NO_STUDENTS,
                           _("The export holds no students, so it cannot be the complete list."));
      return FALSE;
    }

  return passend_database_apply_import (database, self->students, self->present,
                                        complete ? self->missing_ids : NULL, self->today,
                                        n_created, n_updated, error);
}
