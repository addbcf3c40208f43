/* passend-renderer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-renderer.h"

/* Where GTK 4.8 would draw with OpenGL on the processor (Mesa's llvmpipe:
 * a laptop without a usable GPU, a virtual desktop, Xvfb), its cairo
 * renderer paints Passend's windows faster, and with GL never loaded the
 * process is some 80 MB smaller: measured under Xvfb, an empty libadwaita
 * window takes 159 MB with GL and 28 MB without, Passend with the large
 * school 227 MB and 97 MB, and its first frame comes ~140 ms sooner. GTK
 * itself loads GL at display start on X11 to pick a visual, so the choice
 * has to be made before GTK starts, from what the machine has. */

gboolean
passend_renderer_has_gpu (const char *dri_dir,
                          const char *nvidia_control)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (dri_dir != NULL, FALSE);

  if (nvidia_control != NULL && g_file_test (nvidia_control, G_FILE_TEST_EXISTS))
    return TRUE;

  dir = g_dir_open (dri_dir, 0, NULL);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "renderD"))
        return TRUE;
    }

  return FALSE;
}

/* GDK_DEBUG is a list of keys separated by commas, colons, semicolons or
 * spaces; any GL key (gl-disable, gl-gles, gl-glx, …) is a user's choice. */
static gboolean
debug_names_gl (const char *gdk_debug)
{
  g_auto(GStrv) keys = NULL;

  if (gdk_debug == NULL)
    return FALSE;

  keys = g_strsplit_set (gdk_debug, ",:; ", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (g_str_has_prefix (keys[i], "gl-") || g_str_equal (keys[i], "all"))
        return TRUE;
    }

  return FALSE;
}

char **
passend_renderer_adjust_environ (char     **envp,
                                 gboolean   has_gpu)
{
  char **adjusted = g_strdupv (envp);
  const char *renderer = g_environ_getenv (adjusted, "GSK_RENDERER");
  const char *gdk_debug = g_environ_getenv (adjusted, "GDK_DEBUG");
  g_autofree char *debug = NULL;

  if (has_gpu || (renderer != NULL && renderer[0] != '\0') || debug_names_gl (gdk_debug))
    return adjusted;

  debug = gdk_debug != NULL && gdk_debug[0] != '\0' ? g_strconcat (gdk_debug, ",gl-disable", NULL)
                                                    : g_strdup ("gl-disable");
  adjusted = g_environ_setenv (adjusted, "GSK_RENDERER", "cairo", TRUE);
  adjusted = g_environ_setenv (adjusted, "GDK_DEBUG", debug, TRUE);
  return adjusted;
}

void
passend_renderer_choose (void)
{
  g_auto(GStrv) current = g_get_environ ();
  g_auto(GStrv) adjusted = NULL;
  const char *names[] = { "GSK_RENDERER", "GDK_DEBUG" };

  adjusted = passend_renderer_adjust_environ (current,
                                              passend_renderer_has_gpu ("/dev/dri", "/dev/nvidiactl"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_environ_getenv (adjusted, names[i]);

      if (g_strcmp0 (value, g_environ_getenv (current, names[i])) != 0)
        g_setenv (names[i], value, TRUE);
    }
}
