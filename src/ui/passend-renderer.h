/* passend-renderer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @dri_dir (normally /dev/dri) holds a DRM render node, or
 * @nvidia_control (normally /dev/nvidiactl) exists: the only ways OpenGL
 * can reach a GPU here. Without either, Mesa draws on the processor. */
gboolean passend_renderer_has_gpu       (const char  *dri_dir,
                                         const char  *nvidia_control);

/* The environment GTK should start with: @envp itself (a new copy) when a
 * GPU is there or the user chose a renderer (GSK_RENDERER, or GL settings
 * in GDK_DEBUG); otherwise with GTK's cairo renderer and GL disabled. */
char   **passend_renderer_adjust_environ (char       **envp,
                                          gboolean     has_gpu) G_GNUC_WARN_UNUSED_RESULT;

/* Applies passend_renderer_adjust_environ() to this process for this
 * machine. Call before GTK opens the display, before any thread starts. */
void     passend_renderer_choose         (void);

G_END_DECLS
