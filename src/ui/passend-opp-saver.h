/* passend-opp-saver.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_OPP_SAVER (passend_opp_saver_get_type ())

G_DECLARE_FINAL_TYPE (PassendOppSaver, passend_opp_saver, PASSEND, OPP_SAVER, GObject)

/* Stores @text; FALSE with @error when it could not. A
 * G_IO_ERROR_INVALID_DATA error means the text itself is wrong (a date
 * that is not one): the field is marked, no banner is shown. */
typedef gboolean (*PassendOppSaveFunc) (const char  *text,
                                        gpointer     user_data,
                                        GError     **error);

/* Text in the OPP editor is stored as it is typed: each watched field is
 * saved a short while after the last keystroke, when it loses focus and
 * when the saver is flushed (before a reload and on close). A field whose
 * save failed keeps its text and stays pending until a later save works.
 *
 * Signals: "changed" () on every edit of a watched field; "saved" ()
 * after a field was stored; "failed" (GError *) when storing failed for
 * another reason than the text itself. */
PassendOppSaver *passend_opp_saver_new       (guint               delay_ms);

/* @widget is a GtkEditable or a GtkTextView. */
void             passend_opp_saver_watch     (PassendOppSaver    *self,
                                              GtkWidget          *widget,
                                              PassendOppSaveFunc  func,
                                              gpointer            user_data,
                                              GDestroyNotify      destroy);
/* Sets the text of a watched (or unwatched) field without saving it. */
void             passend_opp_saver_set_text  (GtkWidget          *widget,
                                              const char         *text);
char            *passend_opp_saver_dup_text  (GtkWidget          *widget);
/* Saves every pending field now. FALSE when one could not be saved. */
gboolean         passend_opp_saver_flush     (PassendOppSaver    *self);
gboolean         passend_opp_saver_has_pending (PassendOppSaver  *self);
/* Calls the save function of every pending field without storing
 * anything or changing what is pending: the caller has set its functions
 * to apply the text in memory only (the live preview). */
void             passend_opp_saver_apply_pending (PassendOppSaver *self);

G_END_DECLS
