/* passend-text.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-text.h"

/* Letters with a stroke or without a dot have no Unicode decomposition, so
 * dropping combining marks leaves them as they are. g_str_to_ascii() knows
 * most of them but turns "ı" into "?" and "ø" into "oe"; someone typing
 * "yildiz" or "soren" expects a match, so these few are decided here. */
static const char *
fold_undecomposable (gunichar c)
{
  switch (c)
    {
    case 0x0131: return "i";  /* ı dotless i */
    case 0x00F8: return "o";  /* ø */
    case 0x0142: return "l";  /* ł */
    case 0x0111: return "d";  /* đ */
    case 0x0127: return "h";  /* ħ */
    case 0x0167: return "t";  /* ŧ */
    default:     return NULL;
    }
}

static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  const char *replacement;
  char utf8[8] = { 0 };
  g_autofree char *ascii = NULL;

  c = g_unichar_tolower (c);

  if (c < 0x80)
    {
      g_string_append_c (out, (char) c);
      return;
    }

  if ((replacement = fold_undecomposable (c)) != NULL)
    {
      g_string_append (out, replacement);
      return;
    }

  /* Ligatures and punctuation: "ß" → "ss", "æ" → "ae", "’" → "'". Scripts
   * without a transliteration (Cyrillic, Arabic, …) stay as they are, so
   * they still match themselves. */
  g_unichar_to_utf8 (c, utf8);
  ascii = g_str_to_ascii (utf8, "C");

  if (ascii[0] != '\0' && strchr (ascii, '?') == NULL)
    {
      for (const char *p = ascii; *p != '\0'; p++)
        g_string_append_c (out, g_ascii_tolower (*p));
    }
  else
    {
      g_string_append_unichar (out, c);
    }
}

char *
passend_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  /* NFD splits "ë" into "e" + a combining diaeresis, which is dropped. */
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (g_unichar_ismark (c))
        continue;

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }

      append_folded_char (out, c);
    }

  return g_string_free (out, FALSE);
}

/* U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates),
 * in a word not isolated yet. */
static gboolean
has_bidi_control (const char *word)
{
  if (g_str_has_prefix (word, "\xe2\x81\xa8") && g_str_has_suffix (word, "\xe2\x81\xa9"))
    return FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return TRUE;
    }

  return FALSE;
}

/* Appends the words of @part, one space apart, so stray spaces from an
 * import never end up doubled in a name. A word with a direction override
 * (pasted, or typed to mislead) is isolated, so the override cannot run
 * on and reverse the rest of the name wherever it is shown. */
static void
append_words (GString    *out,
              const char *part)
{
  g_auto(GStrv) words = NULL;

  if (part == NULL)
    return;

  words = g_strsplit_set (part, " \t\n\r", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;

      if (out->len > 0)
        g_string_append_c (out, ' ');

      if (g_utf8_validate (words[i], -1, NULL) && has_bidi_control (words[i]))
        {
          g_string_append (out, "\xe2\x81\xa8");  /* FSI */
          g_string_append (out, words[i]);
          g_string_append (out, "\xe2\x81\xa9");  /* PDI */
        }
      else
        {
          g_string_append (out, words[i]);
        }
    }
}

char *
passend_text_join_name (const char *given,
                        const char *tussenvoegsel,
                        const char *family)
{
  GString *out = g_string_new (NULL);

  append_words (out, given);
  append_words (out, tussenvoegsel);
  append_words (out, family);

  return g_string_free (out, FALSE);
}

char *
passend_text_sort_name (const char *given,
                        const char *tussenvoegsel,
                        const char *family)
{
  GString *out = g_string_new (NULL);
  g_autofree char *rest = passend_text_join_name (given, tussenvoegsel, NULL);

  append_words (out, family);

  if (out->len > 0 && rest[0] != '\0')
    g_string_append_c (out, ',');

  append_words (out, rest);

  return g_string_free (out, FALSE);
}

GStrv
passend_text_query_words (const char *query)
{
  g_autofree char *folded = passend_text_fold (query);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (folded, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

gboolean
passend_text_matches (const char         *folded_haystack,
                      const char * const *query_words)
{
  g_return_val_if_fail (folded_haystack != NULL, FALSE);

  if (query_words == NULL)
    return TRUE;

  for (guint i = 0; query_words[i] != NULL; i++)
    {
      if (strstr (folded_haystack, query_words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}
