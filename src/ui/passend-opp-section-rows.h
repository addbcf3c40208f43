/* passend-opp-section-rows.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-opp-editor-private.h"

G_BEGIN_DECLS

/* The fields of the list rows, each saved through the saver or, for
 * choices, at once. */
typedef enum
{
  PASSEND_OPP_FIELD_FACTOR_BODY,
  PASSEND_OPP_FIELD_NEED_BODY,
  PASSEND_OPP_FIELD_NEED_KIND,
  PASSEND_OPP_FIELD_NEED_DOMAIN,
  PASSEND_OPP_FIELD_GOAL_BODY,
  PASSEND_OPP_FIELD_GOAL_CRITERION,
  PASSEND_OPP_FIELD_GOAL_TARGET,
  PASSEND_OPP_FIELD_GOAL_DOMAIN,
  PASSEND_OPP_FIELD_GOAL_NEED,
  PASSEND_OPP_FIELD_SUPPORT_WHAT,
  PASSEND_OPP_FIELD_SUPPORT_WHO,
  PASSEND_OPP_FIELD_SUPPORT_FREQUENCY,
  PASSEND_OPP_FIELD_SUPPORT_FROM,
  PASSEND_OPP_FIELD_SUPPORT_UNTIL,
  PASSEND_OPP_FIELD_SUPPORT_EVALUATION,
  PASSEND_OPP_FIELD_SUPPORT_GOAL,
  PASSEND_OPP_FIELD_SUPPORT_INTERVENTION,
  PASSEND_OPP_FIELD_SUPPORT_EXTRA,
  PASSEND_OPP_FIELD_CONSULTATION_HELD,
  PASSEND_OPP_FIELD_CONSULTATION_PARTICIPANTS,
  PASSEND_OPP_FIELD_CONSULTATION_SUMMARY,
} PassendOppField;

/* A row's card: a heading with move and remove buttons, and a boxed list
 * for its fields (returned in @list). */
GtkWidget *_passend_opp_row_card_new     (PassendOppEditor  *self,
                                          PassendOppRowKind  kind,
                                          gint64             row_id,
                                          const char        *heading,
                                          guint              index,
                                          guint              n_rows,
                                          GtkWidget        **list);
GtkWidget *_passend_opp_row_entry        (PassendOppEditor  *self,
                                          GtkWidget         *list,
                                          gint64             row_id,
                                          PassendOppField    field,
                                          const char        *title,
                                          const char        *text);
GtkWidget *_passend_opp_row_date         (PassendOppEditor  *self,
                                          GtkWidget         *list,
                                          gint64             row_id,
                                          PassendOppField    field,
                                          const char        *title,
                                          PassendDay         day);
/* A choice among @labels; @ids gives the value stored for each (NULL:
 * the index). */
GtkWidget *_passend_opp_row_choice       (PassendOppEditor  *self,
                                          GtkWidget         *list,
                                          gint64             row_id,
                                          PassendOppField    field,
                                          const char        *title,
                                          GPtrArray         *labels,
                                          GArray            *ids,
                                          gint64             value);
/* An "Add …" button for the end of a list, and Ctrl+Return on @scope
 * doing the same. */
GtkWidget *_passend_opp_add_button_new   (PassendOppEditor  *self,
                                          GtkWidget         *scope,
                                          const char        *name,
                                          const char        *label,
                                          GCallback          callback,
                                          gpointer           user_data);
/* Reloads, rebuilds @page and focuses the widget named @focus_name. */
void       _passend_opp_after_row_change (PassendOppEditor  *self,
                                          PassendOppPage     page,
                                          const char        *focus_name);
char      *_passend_opp_row_field_name   (gint64             row_id,
                                          PassendOppField    field);
GtkWidget *_passend_opp_row_text_area    (PassendOppEditor  *self,
                                          gint64             row_id,
                                          PassendOppField    field,
                                          const char        *label,
                                          const char        *text);
char      *_passend_opp_short_text       (const char        *text,
                                          const char        *fallback);

/* passend-opp-section-goals.c */
void       _passend_opp_build_goals      (PassendOppEditor  *self,
                                          GtkWidget         *box);
void       _passend_opp_build_support    (PassendOppEditor  *self,
                                          GtkWidget         *box);
gboolean   _passend_opp_add_goal_for     (PassendOppEditor  *self,
                                          gint64             need_id);
gboolean   _passend_opp_add_support_for  (PassendOppEditor  *self,
                                          gint64             goal_id);

G_END_DECLS
