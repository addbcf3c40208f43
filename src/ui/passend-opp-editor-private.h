/* passend-opp-editor-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-opp.h"
#include "passend-opp-editor.h"
#include "passend-opp-preview.h"
#include "passend-opp-saver.h"

G_BEGIN_DECLS

/* The pages of the editor, in the order of the printed OPP. */
typedef enum
{
  PASSEND_OPP_PAGE_GEGEVENS,
  PASSEND_OPP_PAGE_UITSTROOM,
  PASSEND_OPP_PAGE_FACTORS,
  PASSEND_OPP_PAGE_NEEDS,
  PASSEND_OPP_PAGE_GOALS,
  PASSEND_OPP_PAGE_SUPPORT,
  PASSEND_OPP_PAGE_PROGRAMME,
  PASSEND_OPP_PAGE_STUDENT_VIEW,
  PASSEND_OPP_PAGE_PARENTS_VIEW,
  PASSEND_OPP_PAGE_OOGO,
  PASSEND_OPP_PAGE_EVALUATIONS,
  PASSEND_OPP_PAGE_MEDICAL,
  PASSEND_OPP_PAGE_SIGNATURES,
  PASSEND_OPP_PAGE_VERSIONS,
} PassendOppPage;

#define PASSEND_OPP_N_PAGES (PASSEND_OPP_PAGE_VERSIONS + 1)

typedef enum
{
  PASSEND_OPP_MARK_NONE,        /* optional, or not yet relevant */
  PASSEND_OPP_MARK_INCOMPLETE,
  PASSEND_OPP_MARK_COMPLETE,
} PassendOppMark;

struct _PassendOppEditor
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkToggleButton    *preview_button;
  GtkRevealer        *saved_revealer;
  GtkRevealer        *banner_revealer;
  GtkLabel           *banner_label;
  GtkLabel           *state_label;
  GtkLabel           *state_detail_label;
  GtkBox             *state_actions_box;
  GtkListBox         *section_list;
  GtkListBox         *check_list;
  GtkLabel           *checks_heading;
  GtkStack           *form_stack;
  GtkRevealer        *preview_revealer;
  PassendOppPreview  *preview;

  /* Owned references */
  PassendDatabase    *database;
  PassendOppDocument *document;
  PassendOppSaver    *saver;
  PassendOppRules     rules;
  char               *preview_key;     /* what the preview shows, to skip renders of the same */
  GtkWidget          *pages[PASSEND_OPP_N_PAGES];     /* the box each page is built in */
  GtkImage           *marks[PASSEND_OPP_N_PAGES];

  gint64              student_id;
  guint               reload_source;
  guint               saved_source;
  guint               preview_source;
  guint               writing;                         /* own writes: "changed" is ours */
  guint               building : 1;
  guint               close_refused : 1;
  guint               preview_folded : 1;
  /* While set, the save functions apply text to the document in memory
   * and store nothing: the preview shows what is typed before it is
   * stored. */
  guint               dry_run : 1;
};

/* passend-opp-editor.c */
gboolean   _passend_opp_editor_is_editable   (PassendOppEditor *self);
void       _passend_opp_editor_report        (PassendOppEditor *self,
                                              const char       *what,
                                              const GError     *error);
void       _passend_opp_editor_toast         (PassendOppEditor *self,
                                              AdwToast         *toast);
void       _passend_opp_editor_rebuild_page  (PassendOppEditor *self,
                                              PassendOppPage    page);
/* Reloads the version from the store and rebuilds every page, keeping
 * the page that is shown. */
void       _passend_opp_editor_reload        (PassendOppEditor *self);
/* Reloads the document only (after a text was stored): marks, checks and
 * preview follow, the pages stay. */
void       _passend_opp_editor_refresh       (PassendOppEditor *self);
void       _passend_opp_editor_show_page     (PassendOppEditor *self,
                                              PassendOppPage    page,
                                              const char       *focus_name);
void       _passend_opp_editor_open_version  (PassendOppEditor *self,
                                              gint64            version_id);
void       _passend_opp_editor_begin_write   (PassendOppEditor *self);
void       _passend_opp_editor_end_write     (PassendOppEditor *self);

/* Form helpers (passend-opp-section-texts.c). A group is an
 * AdwPreferencesGroup appended to @page. */
GtkWidget *_passend_opp_group_new            (GtkWidget        *page,
                                              const char       *title,
                                              const char       *description);
GtkWidget *_passend_opp_text_area_new        (PassendOppEditor *self,
                                              const char       *text,
                                              PassendOppSaveFunc func,
                                              gpointer          user_data,
                                              GDestroyNotify    destroy);
GtkWidget *_passend_opp_entry_row_new        (PassendOppEditor *self,
                                              const char       *title,
                                              const char       *text,
                                              PassendOppSaveFunc func,
                                              gpointer          user_data,
                                              GDestroyNotify    destroy);
/* A date typed Dutch-style ("12-3-2026"); "" stores no date. */
gboolean   _passend_opp_parse_day            (const char       *text,
                                              PassendDay       *day,
                                              GError          **error);
char      *_passend_opp_day_text             (PassendDay        day);
/* Builds the text page @page into @box. */
void       _passend_opp_build_text_page      (PassendOppEditor *self,
                                              PassendOppPage    page,
                                              GtkWidget        *box);

/* passend-opp-section-lists.c: factors, needs, goals, support, OOGO. */
void       _passend_opp_build_list_page      (PassendOppEditor *self,
                                              PassendOppPage    page,
                                              GtkWidget        *box);

/* passend-opp-section-signatures.c */
void       _passend_opp_build_signatures     (PassendOppEditor *self,
                                              GtkWidget        *box);
/* passend-opp-section-evaluations.c */
void       _passend_opp_build_evaluations    (PassendOppEditor *self,
                                              GtkWidget        *box);

/* passend-opp-lifecycle.c */
void       _passend_opp_lifecycle_update     (PassendOppEditor *self);
void       _passend_opp_lifecycle_end        (PassendOppEditor *self);

/* passend-opp-versions.c */
void       _passend_opp_build_versions       (PassendOppEditor *self,
                                              GtkWidget        *box);

/* passend-opp-checks.c */
PassendOppMark _passend_opp_page_mark        (PassendOppEditor *self,
                                              PassendOppPage    page);
void       _passend_opp_checks_update        (PassendOppEditor *self);

/* passend-opp-editor-output.c: Print… and Export PDF…. */
void       _passend_opp_editor_print         (PassendOppEditor *self);
void       _passend_opp_editor_export        (PassendOppEditor *self);

G_END_DECLS
