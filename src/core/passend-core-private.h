/* passend-core-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text fields keep NULL for "empty" so an unset field and "" compare
 * equal; getters hand out "" instead of NULL. Returns TRUE when the
 * stored value changed, so the caller notifies exactly once. */
static inline gboolean
_passend_set_string (char       **field,
                     const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static inline const char *
_passend_string_or_empty (const char *value)
{
  return value != NULL ? value : "";
}

G_END_DECLS
