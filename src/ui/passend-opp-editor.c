/* passend-opp-editor.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-content.h"
#include "passend-opp-editor-private.h"
#include "passend-ui-util.h"

/* Typing pauses this long before a field is stored. The preview does not
 * wait for the store: PREVIEW_DELAY_MS after the last keystroke it shows
 * the document with what is typed applied in memory. */
#define SAVE_DELAY_MS 400
#define PREVIEW_DELAY_MS 60

G_DEFINE_FINAL_TYPE (PassendOppEditor, passend_opp_editor, ADW_TYPE_WINDOW)

static const struct
{
  const char *name;
  const char *title;
  const char *icon;
} page_info[PASSEND_OPP_N_PAGES] = {
  { "gegevens",     N_("Student Data"),         "avatar-default-symbolic" },
  { "uitstroom",    N_("Expected Outcome"),     "find-location-symbolic" },
  { "factors",      N_("Factors"),              "view-list-bullet-symbolic" },
  { "needs",        N_("Needs"),                "dialog-question-symbolic" },
  { "goals",        N_("Goals"),                "emblem-default-symbolic" },
  { "support",      N_("Support"),              "system-users-symbolic" },
  { "programme",    N_("Curriculum and Time"),  "x-office-calendar-symbolic" },
  { "student-view", N_("Student’s View"),       "user-available-symbolic" },
  { "parents-view", N_("Parents’ View"),        "emoji-people-symbolic" },
  { "oogo",         N_("Consultations"),        "chat-message-new-symbolic" },
  { "evaluations",  N_("Evaluations"),          "task-due-symbolic" },
  { "medical",      N_("Medical Details"),      "security-high-symbolic" },
  { "signatures",   N_("Signatures"),           "document-edit-symbolic" },
  { "versions",     N_("Versions"),             "document-open-recent-symbolic" },
};

static const char editor_css[] =
  ".opp-state-bar { padding: 8px 12px; }\n"
  ".opp-state-pill { padding: 3px 12px; border-radius: 999px; font-weight: bold;"
  "  background-color: alpha(@accent_bg_color, 0.15); }\n"
  ".opp-state-pill.frozen { background-color: alpha(@success_bg_color, 0.2); }\n"
  ".opp-state-pill.ended { background-color: alpha(currentColor, 0.1); }\n"
  ".opp-banner { padding: 8px 12px; background-color: alpha(@error_bg_color, 0.15); }\n"
  ".opp-text-area { padding: 8px 10px; min-height: 72px; background: none; }\n"
  ".opp-text-frame { border-radius: 12px; }\n"
  ".opp-text-frame:focus-within { outline: 2px solid alpha(@accent_color, 0.5); outline-offset: -2px; }\n"
  ".opp-row-card { padding: 6px; }\n"
  ".opp-preview-scroller { background-color: alpha(currentColor, 0.06); }\n"
  ".opp-preview-page { box-shadow: 0 1px 4px alpha(black, 0.25); background: white; }\n"
  ".opp-mark-complete { color: @success_color; }\n"
  ".opp-mark-incomplete { color: alpha(currentColor, 0.35); }\n"
  ".opp-medical-note { color: @warning_color; }\n"
  ".opp-diff-before { background-color: alpha(@error_bg_color, 0.08); padding: 6px; border-radius: 6px; }\n"
  ".opp-diff-after { background-color: alpha(@success_bg_color, 0.1); padding: 6px; border-radius: 6px; }\n";

static void
install_css (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, editor_css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&once, 1);
    }
}

gboolean
_passend_opp_editor_is_editable (PassendOppEditor *self)
{
  return self->document != NULL && passend_opp_state_is_editable (self->document->state);
}

void
_passend_opp_editor_toast (PassendOppEditor *self,
                           AdwToast         *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Store failures that lose nothing (a button press) are toasts; text
 * that could not be stored gets the banner (saver_failed_cb). */
void
_passend_opp_editor_report (PassendOppEditor *self,
                            const char       *what,
                            const GError     *error)
{
  g_debug ("OPP version %" G_GINT64_FORMAT ": %s (%s %d)", self->document ? self->document->id : 0,
           what, g_quark_to_string (error->domain), error->code);
  _passend_opp_editor_toast (self, passend_ui_toast_new_error (what, error));
}

void
_passend_opp_editor_begin_write (PassendOppEditor *self)
{
  self->writing++;
}

void
_passend_opp_editor_end_write (PassendOppEditor *self)
{
  g_return_if_fail (self->writing > 0);
  self->writing--;
}

static void
update_title (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: the OPP editor's title, "OPP Jan de Vries". */
  title = g_strdup_printf (_("OPP %s"), doc->student_name);
  /* TRANSLATORS: "Version 2 · Class 3HB". */
  subtitle = g_strdup_printf (_("Version %d · Class %s"), doc->number, doc->student_class);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_marks (PassendOppEditor *self)
{
  for (guint i = 0; i < PASSEND_OPP_N_PAGES; i++)
    {
      GtkWidget *mark = GTK_WIDGET (self->marks[i]);

      gtk_widget_remove_css_class (mark, "opp-mark-complete");
      gtk_widget_remove_css_class (mark, "opp-mark-incomplete");
      switch (_passend_opp_page_mark (self, i))
        {
        case PASSEND_OPP_MARK_COMPLETE:
          gtk_image_set_from_icon_name (self->marks[i], "emblem-ok-symbolic");
          gtk_widget_add_css_class (mark, "opp-mark-complete");
          gtk_widget_set_tooltip_text (mark, _("Complete"));
          break;

        case PASSEND_OPP_MARK_INCOMPLETE:
          gtk_image_set_from_icon_name (self->marks[i], "media-record-symbolic");
          gtk_widget_add_css_class (mark, "opp-mark-incomplete");
          gtk_widget_set_tooltip_text (mark, _("Still to fill in"));
          break;

        case PASSEND_OPP_MARK_NONE:
        default:
          gtk_image_clear (self->marks[i]);
          gtk_widget_set_tooltip_text (mark, NULL);
          break;
        }
    }
}

static void
apply_pending (PassendOppEditor *self)
{
  self->dry_run = TRUE;
  passend_opp_saver_apply_pending (self->saver);
  self->dry_run = FALSE;
}

/* Everything the printed OPP shows, so a store that only confirms what the
 * preview already shows does not render it again. */
static char *
dup_preview_key (PassendOppDocument *doc)
{
  g_autofree char *canonical = passend_opp_document_canonical (doc);
  GString *key = g_string_new (canonical);

  g_string_append_printf (key, "\nstate=%d signatures=%u ended=%u\n", doc->state, doc->signatures->len,
                          doc->ended_on);
  for (guint i = 0; i < doc->evaluations->len; i++)
    {
      PassendOppEvaluation *evaluation = g_ptr_array_index (doc->evaluations, i);

      g_string_append_printf (key, "eval=%u %s|%s|%s|%u\n", evaluation->held_on, evaluation->participants,
                              evaluation->student_view, evaluation->conclusions, evaluation->results->len);
      for (guint j = 0; j < evaluation->results->len; j++)
        {
          PassendOppGoalResult *result = g_ptr_array_index (evaluation->results, j);

          g_string_append_printf (key, "%" G_GINT64_FORMAT "=%d ", result->goal_id, result->result);
        }
    }

  return g_string_free (key, FALSE);
}

static void
update_preview (PassendOppEditor *self)
{
  g_autofree char *key = dup_preview_key (self->document);

  if (g_strcmp0 (key, self->preview_key) == 0)
    return;

  g_free (self->preview_key);
  self->preview_key = g_steal_pointer (&key);
  passend_opp_preview_set_document (self->preview, self->document);
}

static void
update_overview (PassendOppEditor *self)
{
  update_title (self);
  update_marks (self);
  _passend_opp_checks_update (self);
  _passend_opp_lifecycle_update (self);
  update_preview (self);
}

static gboolean
load_document (PassendOppEditor *self,
               gint64            version_id)
{
  g_autoptr(GError) error = NULL;
  PassendOppDocument *document;

  document = passend_database_load_opp (self->database, version_id, &error);
  if (document == NULL)
    {
      _passend_opp_editor_report (self, _("Could not load the OPP"), error);
      return FALSE;
    }

  g_clear_pointer (&self->document, passend_opp_document_unref);
  self->document = document;
  self->student_id = document->student_id;
  return TRUE;
}

void
_passend_opp_editor_rebuild_page (PassendOppEditor *self,
                                  PassendOppPage    page)
{
  GtkWidget *box = self->pages[page];

  /* What is typed in the widgets about to go is stored first. */
  passend_opp_saver_flush (self->saver);

  self->building = TRUE;
  passend_ui_remove_children (box);
  if (page == PASSEND_OPP_PAGE_FACTORS || page == PASSEND_OPP_PAGE_NEEDS || page == PASSEND_OPP_PAGE_GOALS ||
      page == PASSEND_OPP_PAGE_SUPPORT || page == PASSEND_OPP_PAGE_OOGO)
    _passend_opp_build_list_page (self, page, box);
  else if (page == PASSEND_OPP_PAGE_EVALUATIONS)
    _passend_opp_build_evaluations (self, box);
  else if (page == PASSEND_OPP_PAGE_SIGNATURES)
    _passend_opp_build_signatures (self, box);
  else if (page == PASSEND_OPP_PAGE_VERSIONS)
    _passend_opp_build_versions (self, box);
  else
    _passend_opp_build_text_page (self, page, box);
  self->building = FALSE;
}

static void
rebuild_all (PassendOppEditor *self)
{
  for (guint i = 0; i < PASSEND_OPP_N_PAGES; i++)
    _passend_opp_editor_rebuild_page (self, i);
}

void
_passend_opp_editor_refresh (PassendOppEditor *self)
{
  if (self->document == NULL || !load_document (self, self->document->id))
    return;

  /* Fields still waiting for their pause keep showing what was typed. */
  apply_pending (self);
  update_overview (self);
}

void
_passend_opp_editor_reload (PassendOppEditor *self)
{
  if (self->document == NULL)
    return;

  passend_opp_saver_flush (self->saver);
  if (!load_document (self, self->document->id))
    return;

  rebuild_all (self);
  update_overview (self);
}

void
_passend_opp_editor_open_version (PassendOppEditor *self,
                                  gint64            version_id)
{
  passend_opp_saver_flush (self->saver);
  if (!load_document (self, version_id))
    return;

  rebuild_all (self);
  update_overview (self);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
_passend_opp_editor_show_page (PassendOppEditor *self,
                               PassendOppPage    page,
                               const char       *focus_name)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->section_list, page);

  if (page == PASSEND_OPP_PAGE_VERSIONS && gtk_list_box_get_selected_row (self->section_list) == row)
    _passend_opp_editor_rebuild_page (self, PASSEND_OPP_PAGE_VERSIONS);
  gtk_list_box_select_row (self->section_list, row);
  gtk_stack_set_visible_child_name (self->form_stack, page_info[page].name);

  if (focus_name != NULL)
    {
      GtkWidget *target = find_named (self->pages[page], focus_name);

      if (target != NULL)
        gtk_widget_grab_focus (target);
    }
}

static void
section_selected_cb (PassendOppEditor *self,
                     GtkListBoxRow    *row)
{
  if (row == NULL)
    return;

  /* What changed is worked out when it is looked at. */
  if (gtk_list_box_row_get_index (row) == PASSEND_OPP_PAGE_VERSIONS && self->document != NULL && !self->building)
    _passend_opp_editor_rebuild_page (self, PASSEND_OPP_PAGE_VERSIONS);
  gtk_stack_set_visible_child_name (self->form_stack, page_info[gtk_list_box_row_get_index (row)].name);
}

static PassendOppPage
current_page (PassendOppEditor *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->form_stack);

  for (guint i = 0; i < PASSEND_OPP_N_PAGES; i++)
    if (g_strcmp0 (name, page_info[i].name) == 0)
      return i;

  return PASSEND_OPP_PAGE_GEGEVENS;
}

static void
step_section (PassendOppEditor *self,
              int               delta)
{
  int page = (int) current_page (self) + delta;

  if (page < 0 || page >= PASSEND_OPP_N_PAGES)
    return;

  _passend_opp_editor_show_page (self, page, NULL);
  gtk_widget_child_focus (self->pages[page], GTK_DIR_TAB_FORWARD);
}

static void
next_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  step_section (PASSEND_OPP_EDITOR (widget), 1);
}

static void
previous_section_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  step_section (PASSEND_OPP_EDITOR (widget), -1);
}

static void
versions_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _passend_opp_editor_show_page (PASSEND_OPP_EDITOR (widget), PASSEND_OPP_PAGE_VERSIONS, NULL);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _passend_opp_lifecycle_end (PASSEND_OPP_EDITOR (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _passend_opp_editor_print (PASSEND_OPP_EDITOR (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _passend_opp_editor_export (PASSEND_OPP_EDITOR (widget));
}

static void
toggle_preview_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PassendOppEditor *self = PASSEND_OPP_EDITOR (widget);

  self->preview_folded = FALSE;
  gtk_toggle_button_set_active (self->preview_button, !gtk_toggle_button_get_active (self->preview_button));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PassendOppEditor *self = PASSEND_OPP_EDITOR (widget);

  if (passend_opp_saver_flush (self->saver))
    gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static void
hide_saved_cb (gpointer user_data)
{
  PassendOppEditor *self = user_data;

  self->saved_source = 0;
  gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
}

static void
saver_saved_cb (PassendOppEditor *self)
{
  if (!passend_opp_saver_has_pending (self->saver))
    gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);

  gtk_revealer_set_reveal_child (self->saved_revealer, !passend_opp_saver_has_pending (self->saver));
  g_clear_handle_id (&self->saved_source, g_source_remove);
  self->saved_source = g_timeout_add_once (2000, hide_saved_cb, self);

  if (!self->building)
    _passend_opp_editor_refresh (self);
}

static void
preview_timeout_cb (gpointer user_data)
{
  PassendOppEditor *self = user_data;

  self->preview_source = 0;
  if (self->document == NULL)
    return;

  apply_pending (self);
  update_preview (self);
}

static void
saver_changed_cb (PassendOppEditor *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add_once (PREVIEW_DELAY_MS, preview_timeout_cb, self);
}

static void
saver_failed_cb (PassendOppEditor *self,
                 const GError     *error)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: shown above the form when typed text could not be
   * stored; the text stays where it was typed. */
  text = g_strdup_printf (_("Your changes are not stored yet. %s The text stays here: try again, or copy it "
                            "somewhere safe."),
                          error->message);
  gtk_label_set_text (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->saved_revealer, FALSE);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

/* Three panes need about 1100 pixels: narrower, the preview steps aside
 * (F9 brings it back), and returns when there is room again. */
#define PREVIEW_MIN_WIDTH 1100

static void
width_changed_cb (PassendOppEditor *self)
{
  int width = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, NULL);
  if (width <= 0)
    return;

  if (width < PREVIEW_MIN_WIDTH && gtk_toggle_button_get_active (self->preview_button))
    {
      self->preview_folded = TRUE;
      gtk_toggle_button_set_active (self->preview_button, FALSE);
    }
  else if (width >= PREVIEW_MIN_WIDTH && self->preview_folded)
    {
      self->preview_folded = FALSE;
      gtk_toggle_button_set_active (self->preview_button, TRUE);
    }
}

static void
reload_idle_cb (gpointer user_data)
{
  PassendOppEditor *self = user_data;

  self->reload_source = 0;
  _passend_opp_editor_reload (self);
}

static void
database_changed_cb (PassendOppEditor *self,
                     const char       *entity,
                     gint64            id,
                     PassendDatabase  *database)
{
  if (self->writing > 0 || self->document == NULL)
    return;

  /* A signature or a step made elsewhere (the signature dialog, another
   * window): show it. Own writes reload where they happen. */
  if (g_strcmp0 (entity, "opp") != 0 || (id != 0 && id != self->document->id))
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

static gboolean
passend_opp_editor_close_request (GtkWindow *window)
{
  PassendOppEditor *self = PASSEND_OPP_EDITOR (window);

  /* Text that cannot be stored is not thrown away with the window: the
   * banner says so and the window stays. Closing again lets the
   * coordinator go anyway, having been told. */
  if (!passend_opp_saver_flush (self->saver) && !self->close_refused)
    {
      self->close_refused = TRUE;
      return TRUE;
    }

  return GTK_WINDOW_CLASS (passend_opp_editor_parent_class)->close_request (window);
}

static void
build_sidebar_and_pages (PassendOppEditor *self)
{
  for (guint i = 0; i < PASSEND_OPP_N_PAGES; i++)
    {
      GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *icon = gtk_image_new_from_icon_name (page_info[i].icon);
      GtkWidget *label = gtk_label_new (_(page_info[i].title));
      GtkWidget *mark = gtk_image_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *clamp = adw_clamp_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row_box), icon);
      gtk_box_append (GTK_BOX (row_box), label);
      gtk_box_append (GTK_BOX (row_box), mark);
      gtk_list_box_append (self->section_list, row_box);
      self->marks[i] = GTK_IMAGE (mark);

      gtk_widget_set_margin_start (box, 18);
      gtk_widget_set_margin_end (box, 18);
      gtk_widget_set_margin_top (box, 18);
      gtk_widget_set_margin_bottom (box, 24);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), i == PASSEND_OPP_PAGE_VERSIONS ? 1200 : 760);
      adw_clamp_set_child (ADW_CLAMP (clamp), box);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_stack_add_titled (self->form_stack, scroller, page_info[i].name, _(page_info[i].title));
      self->pages[i] = box;
    }

  gtk_list_box_select_row (self->section_list, gtk_list_box_get_row_at_index (self->section_list, 0));
}

static void
passend_opp_editor_dispose (GObject *object)
{
  PassendOppEditor *self = PASSEND_OPP_EDITOR (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->saved_source, g_source_remove);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  if (self->saver != NULL)
    passend_opp_saver_flush (self->saver);

  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_OPP_EDITOR);

  g_clear_object (&self->saver);
  g_clear_pointer (&self->document, passend_opp_document_unref);
  g_clear_pointer (&self->preview_key, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_opp_editor_parent_class)->dispose (object);
}

static void
passend_opp_editor_class_init (PassendOppEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_opp_editor_dispose;
  window_class->close_request = passend_opp_editor_close_request;

  g_type_ensure (PASSEND_TYPE_OPP_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-opp-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, preview_button);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, saved_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, state_detail_label);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, state_actions_box);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, section_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, check_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, checks_heading);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, form_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, preview_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendOppEditor, preview);

  gtk_widget_class_install_action (widget_class, "opp.next-section", NULL, next_section_action);
  gtk_widget_class_install_action (widget_class, "opp.previous-section", NULL, previous_section_action);
  gtk_widget_class_install_action (widget_class, "opp.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "opp.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "opp.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "opp.versions", NULL, versions_action);
  gtk_widget_class_install_action (widget_class, "opp.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "opp.toggle-preview", NULL, toggle_preview_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "opp.next-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "opp.previous-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "opp.next-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "opp.previous-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "opp.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "opp.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "opp.toggle-preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
passend_opp_editor_init (PassendOppEditor *self)
{
  install_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->saver = passend_opp_saver_new (SAVE_DELAY_MS);
  g_signal_connect_object (self->saver, "saved", G_CALLBACK (saver_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->saver, "failed", G_CALLBACK (saver_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->saver, "changed", G_CALLBACK (saver_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_list, "row-selected", G_CALLBACK (section_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (width_changed_cb), self, G_CONNECT_SWAPPED);
  passend_opp_rules_init_defaults (&self->rules);
  build_sidebar_and_pages (self);
}

PassendOppEditor *
passend_opp_editor_new (GtkWindow       *parent,
                        PassendDatabase *database,
                        gint64           version_id)
{
  g_autoptr(GError) error = NULL;
  PassendOppEditor *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (version_id > 0, NULL);

  self = g_object_new (PASSEND_TYPE_OPP_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  if (!passend_database_load_opp_rules (database, &self->rules, &error))
    {
      g_debug ("OPP rules not loaded, using the defaults: %s", error->message);
      passend_opp_rules_init_defaults (&self->rules);
    }

  g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  _passend_opp_editor_open_version (self, version_id);
  return self;
}

gint64
passend_opp_editor_get_version_id (PassendOppEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_EDITOR (self), 0);

  return self->document != NULL ? self->document->id : 0;
}

PassendOppDocument *
passend_opp_editor_get_document (PassendOppEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_EDITOR (self), NULL);

  return self->document;
}

gboolean
passend_opp_editor_flush (PassendOppEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_EDITOR (self), FALSE);

  return passend_opp_saver_flush (self->saver);
}
