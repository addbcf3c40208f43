/* passend-caseload-index.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-caseload-filter.h"
#include "passend-intervention-rules.h"
#include "passend-text.h"

#define SINGLE_KINDS (PASSEND_CASELOAD_N_FILTER_KINDS - 1)

typedef struct
{
  char  *key;
  char  *label;
  char  *sort_key;
  guint  count;
} Value;

struct _PassendCaseloadIndex
{
  GPtrArray *values[PASSEND_CASELOAD_N_FILTER_KINDS];  /* Value, sorted */
};

static const char * const kind_keys[PASSEND_CASELOAD_N_FILTER_KINDS] = {
  "niveau", "phase", "year", "track", "class", "mentor", "regie", "need",
};

const char *
_passend_caseload_filter_kind_to_key (PassendCaseloadFilterKind kind)
{
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, NULL);

  return kind_keys[kind];
}

const char *
_passend_caseload_filter_kind_get_title (PassendCaseloadFilterKind kind)
{
  switch (kind)
    {
    case PASSEND_CASELOAD_FILTER_NIVEAU:
      return _("Level");
    case PASSEND_CASELOAD_FILTER_PHASE:
      return _("Phase");
    case PASSEND_CASELOAD_FILTER_YEAR:
      /* TRANSLATORS: the school year a student is in (leerjaar). */
      return _("Year");
    case PASSEND_CASELOAD_FILTER_TRACK:
      /* TRANSLATORS: the kind of education (vmbo-t, havo, vwo, …). */
      return _("Track");
    case PASSEND_CASELOAD_FILTER_CLASS:
      return _("Class");
    case PASSEND_CASELOAD_FILTER_MENTOR:
      return _("Mentor");
    case PASSEND_CASELOAD_FILTER_REGIE:
      return _("Regie");
    case PASSEND_CASELOAD_FILTER_NEED:
      return _("Needs");
    case PASSEND_CASELOAD_N_FILTER_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Rows */

static GQuark
row_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-caseload-row");

  return quark;
}

static void
row_free (gpointer data)
{
  PassendCaseloadRow *row = data;

  g_free (row->needs);
  g_strfreev (row->need_labels);
  g_free (row->needs_text);
  g_clear_object (&row->next_deadline);
  g_free (row);
}

const PassendCaseloadRow *
_passend_caseload_row_get (PassendStudent *student)
{
  return g_object_get_qdata (G_OBJECT (student), row_quark ());
}

/* Index */

static void
value_free (gpointer data)
{
  Value *value = data;

  g_free (value->key);
  g_free (value->label);
  g_free (value->sort_key);
  g_free (value);
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  const Value *va = *(Value * const *) a;
  const Value *vb = *(Value * const *) b;

  return strcmp (va->sort_key, vb->sort_key);
}

/* Adds a value once; @sort_key is taken. */
static void
add_value (GHashTable *seen,
           GPtrArray  *values,
           const char *key,
           const char *label,
           char       *sort_key)
{
  Value *value = g_hash_table_lookup (seen, key);

  if (value != NULL)
    {
      g_free (sort_key);
      return;
    }

  value = g_new0 (Value, 1);
  value->key = g_strdup (key);
  value->label = g_strdup (label);
  value->sort_key = sort_key;
  g_ptr_array_add (values, value);
  g_hash_table_insert (seen, value->key, value);
}

static char *
ordinal_key (guint order)
{
  return g_strdup_printf ("%04u", order);
}

static char *
regie_label (PassendStudent *student)
{
  const char *role = passend_regie_get_label (passend_student_get_regie (student));
  const char *name = passend_student_get_regie_name (student);

  if (name[0] == '\0')
    return g_strdup (role);

  /* TRANSLATORS: who holds regie: the role, then the person,
   * "LeCo · Jan de Vries". */
  return g_strdup_printf (C_("regie", "%s · %s"), role, name);
}

/* The key and label of @student's value of a kind that has one value. */
static void
student_value (PassendStudent             *student,
               PassendCaseloadFilterKind   kind,
               char                      **key,
               char                      **label,
               char                      **sort_key)
{
  switch (kind)
    {
    case PASSEND_CASELOAD_FILTER_NIVEAU:
      *key = g_strdup_printf ("%d", passend_student_get_niveau (student));
      *label = g_strdup (passend_niveau_get_label (passend_student_get_niveau (student)));
      *sort_key = ordinal_key (passend_student_get_niveau (student));
      break;

    case PASSEND_CASELOAD_FILTER_PHASE:
      *key = g_strdup (passend_phase_to_code (passend_student_get_phase (student)));
      *label = g_strdup (passend_phase_get_label (passend_student_get_phase (student)));
      *sort_key = ordinal_key (passend_student_get_phase (student));
      break;

    case PASSEND_CASELOAD_FILTER_YEAR:
      *key = g_strdup_printf ("%d", passend_student_get_year (student));
      /* TRANSLATORS: a school year (leerjaar): "Year 2". */
      *label = g_strdup_printf (_("Year %d"), passend_student_get_year (student));
      *sort_key = ordinal_key (passend_student_get_year (student));
      break;

    case PASSEND_CASELOAD_FILTER_TRACK:
      *key = g_strdup (passend_student_get_track (student));
      *label = g_strdup ((*key)[0] ? *key : _("No track"));
      *sort_key = g_utf8_collate_key_for_filename (*key, -1);
      break;

    case PASSEND_CASELOAD_FILTER_CLASS:
      *key = g_strdup (passend_student_get_class_name (student));
      *label = g_strdup ((*key)[0] ? *key : _("No class"));
      *sort_key = g_utf8_collate_key_for_filename (*key, -1);
      break;

    case PASSEND_CASELOAD_FILTER_MENTOR:
      *key = g_strdup_printf ("%" G_GINT64_FORMAT, passend_student_get_mentor_id (student));
      *label = g_strdup (passend_student_get_mentor_name (student)[0] ? passend_student_get_mentor_name (student)
                                                                      : _("No mentor"));
      *sort_key = g_utf8_collate_key (*label, -1);
      break;

    case PASSEND_CASELOAD_FILTER_REGIE:
      {
        g_autofree char *name_key = g_utf8_collate_key (passend_student_get_regie_name (student), -1);

        *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                passend_regie_to_code (passend_student_get_regie (student)),
                                passend_student_get_regie_person_id (student));
        *label = regie_label (student);
        *sort_key = g_strdup_printf ("%d%s", passend_student_get_regie (student), name_key);
      }
      break;

    case PASSEND_CASELOAD_FILTER_NEED:
    case PASSEND_CASELOAD_N_FILTER_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Niveau and phase offer every value, also those nobody has today, so
 * the choice looks the same every day. */
static void
add_fixed_values (GHashTable **seen,
                  GPtrArray  **values)
{
  for (int niveau = PASSEND_NIVEAU_1; niveau <= PASSEND_NIVEAU_4; niveau++)
    {
      g_autofree char *key = g_strdup_printf ("%d", niveau);

      add_value (seen[PASSEND_CASELOAD_FILTER_NIVEAU], values[PASSEND_CASELOAD_FILTER_NIVEAU],
                 key, passend_niveau_get_label (niveau), ordinal_key (niveau));
    }

  for (int phase = PASSEND_PHASE_0_OVERDRACHT; phase <= PASSEND_PHASE_4_TLV; phase++)
    add_value (seen[PASSEND_CASELOAD_FILTER_PHASE], values[PASSEND_CASELOAD_FILTER_PHASE],
               passend_phase_to_code (phase), passend_phase_get_label (phase), ordinal_key (phase));
}

static guint16
value_number (GHashTable *numbers,
              const char *key)
{
  return (guint16) GPOINTER_TO_UINT (g_hash_table_lookup (numbers, key));
}

static void
attach_row (PassendCaseloadIndex *index,
            GHashTable          **numbers,
            PassendStudent       *student,
            GHashTable           *needs,
            GHashTable           *deadlines,
            PassendDay            today,
            int                   horizon_days)
{
  static const char * const no_words[] = { NULL };
  PassendCaseloadRow *row = g_new0 (PassendCaseloadRow, 1);
  gint64 id = passend_student_get_id (student);
  const char * const *labels = needs ? g_hash_table_lookup (needs, &id) : NULL;
  PassendDeadline *deadline = deadlines ? g_hash_table_lookup (deadlines, &id) : NULL;

  for (guint kind = 0; kind < SINGLE_KINDS; kind++)
    {
      g_autofree char *key = NULL;
      g_autofree char *label = NULL;
      g_autofree char *sort_key = NULL;
      Value *value;

      student_value (student, kind, &key, &label, &sort_key);
      row->values[kind] = value_number (numbers[kind], key);
      value = g_ptr_array_index (index->values[kind], row->values[kind]);
      value->count++;
    }

  if (labels != NULL)
    {
      row->n_needs = (guint16) MIN (g_strv_length ((char **) labels), G_MAXUINT16);
      row->needs = g_new (guint16, row->n_needs);
      for (guint i = 0; i < row->n_needs; i++)
        {
          Value *value;

          row->needs[i] = value_number (numbers[PASSEND_CASELOAD_FILTER_NEED], labels[i]);
          value = g_ptr_array_index (index->values[PASSEND_CASELOAD_FILTER_NEED], row->needs[i]);
          value->count++;
        }
      row->need_labels = g_strdupv ((char **) labels);
      /* TRANSLATORS: the separator between support needs in a list. */
      row->needs_text = g_strjoinv (C_("needs", ", "), (char **) labels);
    }
  else
    {
      row->need_labels = g_new0 (char *, 1);
      row->needs_text = g_strdup ("");
    }

  if (deadline != NULL)
    {
      PassendDay due = passend_deadline_get_due (deadline);

      row->next_deadline = g_object_ref (deadline);
      row->overdue = passend_deadline_is_overdue (deadline, today);
      row->attention = due != PASSEND_DAY_NONE &&
                       (row->overdue || due <= passend_day_add_days (today, horizon_days));
    }

  /* An extra-support intervention without an OPP requires one too; the
   * store marks the next deadline of such a student. */
  row->opp_required = (passend_student_get_niveau (student) >= PASSEND_NIVEAU_3 &&
                       passend_student_get_opp_established_on (student) == PASSEND_DAY_NONE) ||
                      (deadline != NULL && passend_intervention_rules_is_opp_required (deadline));
  row->tlv_route = passend_student_get_phase (student) == PASSEND_PHASE_4_TLV;

  /* Builds the student's folded search text now, so the first search
   * allocates nothing either. */
  passend_student_matches (student, no_words);

  g_object_set_qdata_full (G_OBJECT (student), row_quark (), row, row_free);
}

PassendCaseloadIndex *
_passend_caseload_index_new (GListModel *students,
                             GHashTable *needs,
                             GHashTable *deadlines,
                             PassendDay  today,
                             int         horizon_days)
{
  PassendCaseloadIndex *index = g_new0 (PassendCaseloadIndex, 1);
  GHashTable *seen[PASSEND_CASELOAD_N_FILTER_KINDS];
  GHashTable *numbers[PASSEND_CASELOAD_N_FILTER_KINDS];
  guint n_items = g_list_model_get_n_items (students);

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      index->values[kind] = g_ptr_array_new_with_free_func (value_free);
      seen[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      numbers[kind] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  /* First the values that occur, sorted; then each student's numbers. */
  add_fixed_values (seen, index->values);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (students, i);
      gint64 id = passend_student_get_id (student);
      char **labels = needs ? g_hash_table_lookup (needs, &id) : NULL;

      for (guint kind = 0; kind < SINGLE_KINDS; kind++)
        {
          char *key, *label, *sort_key;

          student_value (student, kind, &key, &label, &sort_key);
          add_value (seen[kind], index->values[kind], key, label, sort_key);
          g_free (key);
          g_free (label);
        }
      for (guint j = 0; labels != NULL && labels[j] != NULL; j++)
        add_value (seen[PASSEND_CASELOAD_FILTER_NEED], index->values[PASSEND_CASELOAD_FILTER_NEED],
                   labels[j], labels[j], g_utf8_collate_key (labels[j], -1));
    }

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      g_ptr_array_sort (index->values[kind], compare_values);
      for (guint v = 0; v < index->values[kind]->len; v++)
        {
          Value *value = g_ptr_array_index (index->values[kind], v);

          g_hash_table_insert (numbers[kind], value->key, GUINT_TO_POINTER (v));
        }
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (students, i);

      attach_row (index, numbers, student, needs, deadlines, today, horizon_days);
    }

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      g_hash_table_unref (seen[kind]);
      g_hash_table_unref (numbers[kind]);
    }

  return index;
}

void
_passend_caseload_index_free (PassendCaseloadIndex *index)
{
  if (index == NULL)
    return;

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    g_ptr_array_unref (index->values[kind]);
  g_free (index);
}

static Value *
get_value (PassendCaseloadIndex      *index,
           PassendCaseloadFilterKind  kind,
           guint                      value)
{
  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, NULL);
  g_return_val_if_fail (value < index->values[kind]->len, NULL);

  return g_ptr_array_index (index->values[kind], value);
}

guint
_passend_caseload_index_get_n_values (PassendCaseloadIndex      *index,
                                      PassendCaseloadFilterKind  kind)
{
  g_return_val_if_fail (index != NULL, 0);
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, 0);

  return index->values[kind]->len;
}

const char *
_passend_caseload_index_get_value_key (PassendCaseloadIndex      *index,
                                       PassendCaseloadFilterKind  kind,
                                       guint                      value)
{
  Value *v = get_value (index, kind, value);

  return v ? v->key : NULL;
}

const char *
_passend_caseload_index_get_value_label (PassendCaseloadIndex      *index,
                                         PassendCaseloadFilterKind  kind,
                                         guint                      value)
{
  Value *v = get_value (index, kind, value);

  return v ? v->label : NULL;
}

guint
_passend_caseload_index_get_value_count (PassendCaseloadIndex      *index,
                                         PassendCaseloadFilterKind  kind,
                                         guint                      value)
{
  Value *v = get_value (index, kind, value);

  return v ? v->count : 0;
}
