/* passend-caseload-filter.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-caseload-filter.h"
#include "passend-text.h"

#define SINGLE_KINDS (PASSEND_CASELOAD_N_FILTER_KINDS - 1)

typedef struct
{
  GPtrArray *keys;      /* char *, the selected keys in the order chosen */
  guint8    *resolved;  /* per value number of the index: selected? */
  guint      n_resolved;
} Selection;

struct _PassendCaseloadFilter
{
  Selection             selections[PASSEND_CASELOAD_N_FILTER_KINDS];
  PassendCaseloadIndex *index;  /* unowned */
  gboolean              attention;
  PassendCaseloadCases  cases;
  char                 *query_text;
  char                **query_words;
};

PassendCaseloadFilter *
_passend_caseload_filter_new (void)
{
  PassendCaseloadFilter *filter = g_new0 (PassendCaseloadFilter, 1);

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      filter->selections[kind].keys = g_ptr_array_new_with_free_func (g_free);
      /* NULL-terminated, for _passend_caseload_filter_get_selected(). */
      g_ptr_array_add (filter->selections[kind].keys, NULL);
    }
  filter->cases = PASSEND_CASELOAD_CASES_ACTIVE;
  filter->query_text = g_strdup ("");
  filter->query_words = g_new0 (char *, 1);

  return filter;
}

void
_passend_caseload_filter_free (PassendCaseloadFilter *filter)
{
  if (filter == NULL)
    return;

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      g_ptr_array_unref (filter->selections[kind].keys);
      g_free (filter->selections[kind].resolved);
    }
  g_free (filter->query_text);
  g_strfreev (filter->query_words);
  g_free (filter);
}

static guint
n_selected (const Selection *selection)
{
  return selection->keys->len - 1;
}

static void
resolve (PassendCaseloadFilter     *filter,
         PassendCaseloadFilterKind  kind)
{
  Selection *selection = &filter->selections[kind];
  guint n_values = filter->index ? _passend_caseload_index_get_n_values (filter->index, kind) : 0;

  g_free (selection->resolved);
  selection->resolved = g_new0 (guint8, MAX (n_values, 1));
  selection->n_resolved = n_values;

  for (guint v = 0; v < n_values; v++)
    {
      const char *key = _passend_caseload_index_get_value_key (filter->index, kind, v);

      for (guint i = 0; i < n_selected (selection); i++)
        {
          if (g_strcmp0 (key, g_ptr_array_index (selection->keys, i)) == 0)
            selection->resolved[v] = 1;
        }
    }
}

void
_passend_caseload_filter_set_index (PassendCaseloadFilter *filter,
                                    PassendCaseloadIndex  *index)
{
  g_return_if_fail (filter != NULL);

  filter->index = index;
  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    resolve (filter, kind);
}

static gboolean
find_key (const Selection *selection,
          const char      *key,
          guint           *position)
{
  for (guint i = 0; i < n_selected (selection); i++)
    {
      if (g_strcmp0 (key, g_ptr_array_index (selection->keys, i)) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
_passend_caseload_filter_is_selected (PassendCaseloadFilter     *filter,
                                      PassendCaseloadFilterKind  kind,
                                      const char                *key)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, FALSE);

  return find_key (&filter->selections[kind], key, NULL);
}

PassendCaseloadChange
_passend_caseload_filter_set_selected (PassendCaseloadFilter     *filter,
                                       PassendCaseloadFilterKind  kind,
                                       const char                *key,
                                       gboolean                   selected)
{
  Selection *selection;
  guint position;
  guint before;

  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CHANGE_NONE);
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, PASSEND_CASELOAD_CHANGE_NONE);
  g_return_val_if_fail (key != NULL, PASSEND_CASELOAD_CHANGE_NONE);

  selection = &filter->selections[kind];
  before = n_selected (selection);
  if (find_key (selection, key, &position) == !!selected)
    return PASSEND_CASELOAD_CHANGE_NONE;

  if (selected)
    g_ptr_array_insert (selection->keys, before, g_strdup (key));
  else
    g_ptr_array_remove_index (selection->keys, position);
  resolve (filter, kind);

  /* Values of one kind widen each other: the first one narrows the list,
   * every further one widens it; taking one away does the opposite, and
   * taking the last away lifts the kind altogether. */
  if (selected)
    return before == 0 ? PASSEND_CASELOAD_CHANGE_MORE_STRICT : PASSEND_CASELOAD_CHANGE_LESS_STRICT;
  return before == 1 ? PASSEND_CASELOAD_CHANGE_LESS_STRICT : PASSEND_CASELOAD_CHANGE_MORE_STRICT;
}

const char * const *
_passend_caseload_filter_get_selected (PassendCaseloadFilter     *filter,
                                       PassendCaseloadFilterKind  kind)
{
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (kind < PASSEND_CASELOAD_N_FILTER_KINDS, NULL);

  return (const char * const *) filter->selections[kind].keys->pdata;
}

gboolean
_passend_caseload_filter_get_attention (PassendCaseloadFilter *filter)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  return filter->attention;
}

PassendCaseloadChange
_passend_caseload_filter_set_attention (PassendCaseloadFilter *filter,
                                        gboolean               attention)
{
  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CHANGE_NONE);

  attention = !!attention;
  if (filter->attention == attention)
    return PASSEND_CASELOAD_CHANGE_NONE;

  filter->attention = attention;
  return attention ? PASSEND_CASELOAD_CHANGE_MORE_STRICT : PASSEND_CASELOAD_CHANGE_LESS_STRICT;
}

PassendCaseloadCases
_passend_caseload_filter_get_cases (PassendCaseloadFilter *filter)
{
  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CASES_ACTIVE);

  return filter->cases;
}

PassendCaseloadChange
_passend_caseload_filter_set_cases (PassendCaseloadFilter *filter,
                                    PassendCaseloadCases   cases)
{
  PassendCaseloadCases before;

  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CHANGE_NONE);
  g_return_val_if_fail (cases <= PASSEND_CASELOAD_CASES_ALL, PASSEND_CASELOAD_CHANGE_NONE);

  before = filter->cases;
  if (before == cases)
    return PASSEND_CASELOAD_CHANGE_NONE;

  filter->cases = cases;
  if (cases == PASSEND_CASELOAD_CASES_ALL)
    return PASSEND_CASELOAD_CHANGE_LESS_STRICT;
  if (before == PASSEND_CASELOAD_CASES_ALL)
    return PASSEND_CASELOAD_CHANGE_MORE_STRICT;
  return PASSEND_CASELOAD_CHANGE_DIFFERENT;
}

PassendCaseloadChange
_passend_caseload_filter_set_search (PassendCaseloadFilter *filter,
                                     const char            *text)
{
  PassendCaseloadChange change = PASSEND_CASELOAD_CHANGE_DIFFERENT;

  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CHANGE_NONE);

  if (text == NULL)
    text = "";
  if (g_strcmp0 (text, filter->query_text) == 0)
    return PASSEND_CASELOAD_CHANGE_NONE;

  /* Every query word must occur, so typing on can only narrow the list
   * and deleting from the end can only widen it. */
  if (g_str_has_prefix (text, filter->query_text))
    change = PASSEND_CASELOAD_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (filter->query_text, text))
    change = PASSEND_CASELOAD_CHANGE_LESS_STRICT;

  g_free (filter->query_text);
  filter->query_text = g_strdup (text);
  g_strfreev (filter->query_words);
  filter->query_words = passend_text_query_words (text);
  return change;
}

guint
_passend_caseload_filter_count_active (PassendCaseloadFilter *filter)
{
  guint n = 0;

  g_return_val_if_fail (filter != NULL, 0);

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      if (n_selected (&filter->selections[kind]) > 0)
        n++;
    }
  if (filter->attention)
    n++;
  if (filter->cases != PASSEND_CASELOAD_CASES_ACTIVE)
    n++;

  return n;
}

PassendCaseloadChange
_passend_caseload_filter_clear (PassendCaseloadFilter *filter)
{
  gboolean was_closed;

  g_return_val_if_fail (filter != NULL, PASSEND_CASELOAD_CHANGE_NONE);

  if (_passend_caseload_filter_count_active (filter) == 0)
    return PASSEND_CASELOAD_CHANGE_NONE;

  was_closed = filter->cases == PASSEND_CASELOAD_CASES_CLOSED;
  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      Selection *selection = &filter->selections[kind];

      g_ptr_array_set_size (selection->keys, 0);
      g_ptr_array_add (selection->keys, NULL);
      resolve (filter, kind);
    }
  filter->attention = FALSE;
  filter->cases = PASSEND_CASELOAD_CASES_ACTIVE;

  /* From closed cases back to active ones is a different list, not a
   * wider one. */
  return was_closed ? PASSEND_CASELOAD_CHANGE_DIFFERENT : PASSEND_CASELOAD_CHANGE_LESS_STRICT;
}

static inline gboolean
value_selected (const Selection *selection,
                guint            value)
{
  return value < selection->n_resolved && selection->resolved[value];
}

gboolean
_passend_caseload_filter_matches (PassendCaseloadFilter *filter,
                                  PassendStudent        *student)
{
  const PassendCaseloadRow *row = _passend_caseload_row_get (student);
  const Selection *needs;
  gboolean open;

  if (G_UNLIKELY (row == NULL))
    return FALSE;

  open = passend_student_get_case_open (student);
  if ((filter->cases == PASSEND_CASELOAD_CASES_ACTIVE && !open) ||
      (filter->cases == PASSEND_CASELOAD_CASES_CLOSED && open))
    return FALSE;

  if (filter->attention && !row->attention)
    return FALSE;

  for (guint kind = 0; kind < SINGLE_KINDS; kind++)
    {
      const Selection *selection = &filter->selections[kind];

      if (selection->keys->len > 1 && !value_selected (selection, row->values[kind]))
        return FALSE;
    }

  needs = &filter->selections[PASSEND_CASELOAD_FILTER_NEED];
  if (needs->keys->len > 1)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < row->n_needs && !any; i++)
        any = value_selected (needs, row->needs[i]);
      if (!any)
        return FALSE;
    }

  if (filter->query_words[0] != NULL &&
      !passend_student_matches (student, (const char * const *) filter->query_words))
    return FALSE;

  return TRUE;
}

/* Settings */

static const char * const cases_keys[] = { "active", "closed", "all" };

GVariant *
_passend_caseload_filter_to_variant (PassendCaseloadFilter *filter)
{
  GVariantBuilder builder;
  const char *attention[] = { "true", NULL };
  const char *cases[] = { cases_keys[filter->cases], NULL };

  g_return_val_if_fail (filter != NULL, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));
  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      const Selection *selection = &filter->selections[kind];

      if (n_selected (selection) == 0)
        continue;
      g_variant_builder_add (&builder, "{s^as}", _passend_caseload_filter_kind_to_key (kind),
                             (const char * const *) selection->keys->pdata);
    }
  if (filter->attention)
    g_variant_builder_add (&builder, "{s^as}", "attention", attention);
  if (filter->cases != PASSEND_CASELOAD_CASES_ACTIVE)
    g_variant_builder_add (&builder, "{s^as}", "cases", cases);

  return g_variant_builder_end (&builder);
}

void
_passend_caseload_filter_load_variant (PassendCaseloadFilter *filter,
                                       GVariant              *state)
{
  GVariantIter iter;
  const char *name;
  g_autofree const char **keys = NULL;

  g_return_if_fail (filter != NULL);
  g_return_if_fail (g_variant_is_of_type (state, G_VARIANT_TYPE ("a{sas}")));

  _passend_caseload_filter_clear (filter);

  g_variant_iter_init (&iter, state);
  while (g_variant_iter_next (&iter, "{&s^a&s}", &name, &keys))
    {
      if (g_strcmp0 (name, "attention") == 0)
        filter->attention = keys[0] != NULL && g_strcmp0 (keys[0], "true") == 0;
      else if (g_strcmp0 (name, "cases") == 0)
        {
          for (guint i = 0; i < G_N_ELEMENTS (cases_keys); i++)
            if (keys[0] != NULL && g_strcmp0 (keys[0], cases_keys[i]) == 0)
              filter->cases = i;
        }
      else
        {
          for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
            {
              if (g_strcmp0 (name, _passend_caseload_filter_kind_to_key (kind)) != 0)
                continue;
              for (guint i = 0; keys[i] != NULL; i++)
                _passend_caseload_filter_set_selected (filter, kind, keys[i], TRUE);
            }
        }
      g_clear_pointer (&keys, g_free);
    }
}
