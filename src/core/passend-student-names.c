/* passend-student-names.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-student-private.h"
#include "passend-text.h"

/* Sorts below every character a folded name can contain, so "berg" ends
 * before "bergen" whatever follows in the next field. */
#define KEY_SEPARATOR '\x01'

/* Wide enough for any LVS number a Dutch school uses. */
#define LVS_KEY_WIDTH 12

void
_passend_student_drop_search_cache (PassendStudent *self)
{
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->search_haystack, g_free);
}

void
_passend_student_drop_name_cache (PassendStudent *self)
{
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  _passend_student_drop_search_cache (self);
}

/* The roepnaam is what people say; the initials only stand in when the
 * LVS export had no roepnaam. */
static const char *
given_name (PassendStudent *self)
{
  if (self->roepnaam != NULL)
    return self->roepnaam;

  return self->voorletters;
}

const char *
passend_student_get_display_name (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  if (self->display_name == NULL)
    self->display_name = passend_text_join_name (given_name (self),
                                                 self->tussenvoegsel,
                                                 self->achternaam);

  return self->display_name;
}

const char *
passend_student_get_sort_name (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  if (self->sort_name == NULL)
    self->sort_name = passend_text_sort_name (given_name (self),
                                              self->tussenvoegsel,
                                              self->achternaam);

  return self->sort_name;
}

static void
append_key_field (GString    *key,
                  const char *text)
{
  g_autofree char *folded = passend_text_fold (text);

  g_string_append (key, folded);
  g_string_append_c (key, KEY_SEPARATOR);
}

static gboolean
is_all_digits (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;

  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isdigit (*text))
        return FALSE;
    }

  return TRUE;
}

/* Dutch lists sort "Jan de Vries" under V: achternaam first with the
 * tussenvoegsel ignored, then roepnaam, then the tussenvoegsel ("Berg"
 * before "van den Berg" for the same roepnaam), then the LVS number so two
 * pupils with the same name keep a stable order. Numeric LVS numbers are
 * zero-padded so "999" sorts before "1000" under strcmp. */
const char *
passend_student_get_sort_key (PassendStudent *self)
{
  GString *key;

  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  if (self->sort_key != NULL)
    return self->sort_key;

  key = g_string_new (NULL);
  append_key_field (key, self->achternaam);
  append_key_field (key, given_name (self));
  append_key_field (key, self->tussenvoegsel);

  if (is_all_digits (self->lvs_number))
    {
      for (gsize n = strlen (self->lvs_number); n < LVS_KEY_WIDTH; n++)
        g_string_append_c (key, '0');
      g_string_append (key, self->lvs_number);
    }
  else
    {
      g_autofree char *folded = passend_text_fold (self->lvs_number);

      g_string_append (key, folded);
    }

  self->sort_key = g_string_free (key, FALSE);

  return self->sort_key;
}

static const char *
get_search_haystack (PassendStudent *self)
{
  if (self->search_haystack == NULL)
    {
      g_autofree char *raw = g_strjoin (" ",
                                        passend_student_get_display_name (self),
                                        self->lvs_number != NULL ? self->lvs_number : "",
                                        self->class_name != NULL ? self->class_name : "",
                                        NULL);

      self->search_haystack = passend_text_fold (raw);
    }

  return self->search_haystack;
}

/* Runs for every student on every keystroke in the caseload search: after
 * the first call it only reads the cached folded text, it never allocates. */
gboolean
passend_student_matches (PassendStudent     *self,
                         const char * const *query_words)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), FALSE);

  return passend_text_matches (get_search_haystack (self), query_words);
}

int
passend_student_compare_by_name (PassendStudent *a,
                                 PassendStudent *b)
{
  int result;

  g_return_val_if_fail (PASSEND_IS_STUDENT (a), 0);
  g_return_val_if_fail (PASSEND_IS_STUDENT (b), 0);

  if (a == b)
    return 0;

  result = strcmp (passend_student_get_sort_key (a), passend_student_get_sort_key (b));
  if (result != 0)
    return result;

  return (a->id > b->id) - (a->id < b->id);
}
