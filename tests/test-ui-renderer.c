/* test-ui-renderer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choice of GTK's renderer before GTK starts: cairo without GL where
 * GL could only run on the processor, and never against the user's own
 * choice. Needs no display.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-renderer.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("passend-renderer-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_gpu_needs_a_render_node (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *nvidia = g_build_filename (dir, "nvidiactl", NULL);

  g_assert_false (passend_renderer_has_gpu (missing, NULL));
  g_assert_false (passend_renderer_has_gpu (dir, NULL));

  /* A display controller alone (a virtual machine's framebuffer) renders
   * nothing. */
  touch (dir, "card0");
  g_assert_false (passend_renderer_has_gpu (dir, missing));

  touch (dir, "renderD128");
  g_assert_true (passend_renderer_has_gpu (dir, NULL));
  remove_dir (dir);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_false (passend_renderer_has_gpu (dir, nvidia));
  touch (dir, "nvidiactl");
  g_assert_true (passend_renderer_has_gpu (dir, nvidia));
  remove_dir (dir);
}

static char **
base_environ (void)
{
  char **envp = g_new0 (char *, 1);

  envp = g_environ_setenv (envp, "HOME", "/home/zorg", TRUE);
  envp = g_environ_setenv (envp, "DISPLAY", ":0", TRUE);
  return envp;
}

static void
test_software_gl_gets_cairo (void)
{
  g_auto(GStrv) envp = base_environ ();
  g_auto(GStrv) adjusted = passend_renderer_adjust_environ (envp, FALSE);

  g_assert_cmpstr (g_environ_getenv (adjusted, "GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_environ_getenv (adjusted, "GDK_DEBUG"), ==, "gl-disable");
  g_assert_cmpstr (g_environ_getenv (adjusted, "HOME"), ==, "/home/zorg");
  g_assert_cmpstr (g_environ_getenv (adjusted, "DISPLAY"), ==, ":0");
  g_assert_cmpuint (g_strv_length (adjusted), ==, 4);
  /* The input is a copy, not changed. */
  g_assert_null (g_environ_getenv (envp, "GSK_RENDERER"));
}

static void
test_gpu_keeps_gl (void)
{
  g_auto(GStrv) envp = base_environ ();
  g_auto(GStrv) adjusted = passend_renderer_adjust_environ (envp, TRUE);

  g_assert_null (g_environ_getenv (adjusted, "GSK_RENDERER"));
  g_assert_null (g_environ_getenv (adjusted, "GDK_DEBUG"));
  g_assert_cmpuint (g_strv_length (adjusted), ==, 2);
}

static void
test_user_choice_wins (void)
{
  static const struct
  {
    const char *name;
    const char *value;
  } choices[] = {
    { "GSK_RENDERER", "gl" },
    { "GSK_RENDERER", "ngl" },
    { "GDK_DEBUG", "gl-glx" },
    { "GDK_DEBUG", "events,gl-gles" },
    { "GDK_DEBUG", "all" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_auto(GStrv) envp = g_environ_setenv (base_environ (), choices[i].name, choices[i].value, TRUE);
      g_auto(GStrv) adjusted = passend_renderer_adjust_environ (envp, FALSE);
      const char *other = g_str_equal (choices[i].name, "GSK_RENDERER") ? "GDK_DEBUG" : "GSK_RENDERER";

      g_assert_cmpstr (g_environ_getenv (adjusted, choices[i].name), ==, choices[i].value);
      g_assert_null (g_environ_getenv (adjusted, other));
    }
}

static void
test_other_debug_keys_are_kept (void)
{
  g_auto(GStrv) envp = g_environ_setenv (base_environ (), "GDK_DEBUG", "events", TRUE);
  g_auto(GStrv) adjusted = passend_renderer_adjust_environ (envp, FALSE);

  g_assert_cmpstr (g_environ_getenv (adjusted, "GDK_DEBUG"), ==, "events,gl-disable");
  g_assert_cmpstr (g_environ_getenv (adjusted, "GSK_RENDERER"), ==, "cairo");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/gpu-needs-a-render-node", test_gpu_needs_a_render_node);
  g_test_add_func ("/renderer/software-gl-gets-cairo", test_software_gl_gets_cairo);
  g_test_add_func ("/renderer/gpu-keeps-gl", test_gpu_keeps_gl);
  g_test_add_func ("/renderer/user-choice-wins", test_user_choice_wins);
  g_test_add_func ("/renderer/other-debug-keys-are-kept", test_other_debug_keys_are_kept);

  return g_test_run ();
}
