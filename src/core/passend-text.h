/* passend-text.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case, diacritics removed, white space folded: "Dilan Yıldız" and
 * "dilan yildiz" fold to the same text, so search ignores accents. */
char      *passend_text_fold          (const char *text);

/* "Jan", "de", "Vries" → "Jan de Vries", with no double spaces. */
char      *passend_text_join_name     (const char *given,
                                       const char *tussenvoegsel,
                                       const char *family);

/* "Jan", "de", "Vries" → "Vries, Jan de": the Dutch sort form. */
char      *passend_text_sort_name     (const char *given,
                                       const char *tussenvoegsel,
                                       const char *family);

/* Splits a query into folded words; every word must occur in a haystack
 * made by passend_text_fold() for passend_text_matches() to hold. */
GStrv      passend_text_query_words   (const char *query);
gboolean   passend_text_matches       (const char *folded_haystack,
                                       const char * const *query_words);

G_END_DECLS
