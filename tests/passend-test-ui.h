/* passend-test-ui.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*PassendTestUiCondition) (gpointer data);

/* Runs the default main context until @condition holds for @data, or ten
 * seconds have passed. Returns whether the condition came true. */
gboolean passend_test_ui_wait_for        (PassendTestUiCondition condition,
                                          gpointer               data);

/* Runs the default main context for @ms milliseconds, so that pending frames,
 * idles and transitions run out. */
void     passend_test_ui_settle          (guint                  ms);

/* Returns the template child @name of @widget (whose template belongs to
 * @type) and asserts that it exists. */
gpointer passend_test_ui_child           (gpointer               widget,
                                          GType                  type,
                                          const char            *name);

/* When PASSEND_SCREENSHOT_DIR is set, settles for @settle_ms and saves
 * @widget as the PNG @name in that directory; otherwise does nothing. When
 * nothing has been drawn yet, asserts if @frame_required, else skips the
 * screenshot (it is then an aid, not part of the test). */
void     passend_test_ui_save_screenshot (GtkWidget             *widget,
                                          const char            *name,
                                          guint                  settle_ms,
                                          gboolean               frame_required);

G_END_DECLS
