/* passend-partners-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-partners-page-private.h"
#include "passend-ui-util.h"

#define RELOAD_DELAY_MS 100

G_DEFINE_FINAL_TYPE (PassendPartnersPage, passend_partners_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_STUDENT_ACTIVATED,
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_passend_partners_page_emit_toast (PassendPartnersPage *self,
                                   AdwToast            *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

void
_passend_partners_page_open_student (PassendPartnersPage *self,
                                     gint64               student_id)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  student = passend_database_get_student (self->database, student_id, &error);
  if (student == NULL)
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not open the student"), error));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_STUDENT_ACTIVATED], 0, student);
}

/* Rows: an icon for the kind, the name, the role and organisation (or
 * the kind of organisation), and a tag when archived. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PassendPartnersPage      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *archived = gtk_label_new (C_("partner", "Archived"));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (archived, "caption");
  gtk_widget_add_css_class (archived, "dim-label");
  gtk_widget_set_valign (archived, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (lines), name);
  gtk_box_append (GTK_BOX (lines), detail);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), archived);

  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "detail", detail);
  g_object_set_data (G_OBJECT (box), "archived", archived);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PassendPartnersPage      *self)
{
  PassendPartner *partner = gtk_list_item_get_item (item);
  GObject *box = G_OBJECT (gtk_list_item_get_child (item));
  gboolean person = passend_partner_get_kind (partner) == PASSEND_PARTNER_KIND_PERSON;

  gtk_image_set_from_icon_name (g_object_get_data (box, "icon"),
                                person ? "avatar-default-symbolic" : "system-users-symbolic");
  passend_ui_set_cell_tooltip (g_object_get_data (box, "icon"),
                               person ? C_("partner kind", "Person") : C_("partner kind", "Organisation"));
  gtk_label_set_text (g_object_get_data (box, "name"), passend_partner_get_name (partner));
  gtk_label_set_text (g_object_get_data (box, "detail"), passend_partner_get_detail (partner));
  gtk_widget_set_visible (g_object_get_data (box, "archived"), passend_partner_get_archived (partner));
}

static guint
find_position (PassendPartnersPage *self,
               PassendPartnerKind   kind,
               gint64               id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->partners));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (G_LIST_MODEL (self->partners), i);

      if (passend_partner_get_kind (partner) == kind && passend_partner_get_id (partner) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static PassendPartnerListFlags
current_flags (PassendPartnersPage *self)
{
  PassendPartnerListFlags flags = 0;

  if (gtk_toggle_button_get_active (self->people_toggle))
    flags |= PASSEND_PARTNER_LIST_PEOPLE;
  else if (gtk_toggle_button_get_active (self->organisations_toggle))
    flags |= PASSEND_PARTNER_LIST_ORGANISATIONS;
  if (gtk_toggle_button_get_active (self->archived_toggle))
    flags |= PASSEND_PARTNER_LIST_ARCHIVED;
  return flags;
}

static void
update_actions (PassendPartnersPage *self)
{
  gboolean shown = self->shown != NULL;
  gboolean archived = shown && passend_partner_get_archived (self->shown);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.edit", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.toggle-archived", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.merge", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.delete",
                                 shown && passend_partner_usage_total (&self->usage) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new-person", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new-organisation", self->database != NULL);

  /* Nothing to act on: the header stays empty rather than grey. */
  gtk_widget_set_visible (GTK_WIDGET (self->archive_button), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_menu_button), shown);
  gtk_button_set_label (self->archive_button, archived ? _("_Unarchive") : _("_Archive"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->archive_button),
                               archived ? _("Offer this partner again in lists and pickers")
                                        : _("Keep this partner in the records but leave them out of lists and pickers"));
}

static void
update_titles (PassendPartnersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->partners));
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean filtered = search[0] != '\0' || !gtk_toggle_button_get_active (self->all_toggle);
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", n), n);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack,
                                      filtered || gtk_toggle_button_get_active (self->archived_toggle)
                                      ? "no-results" : "empty");

  if (self->shown != NULL)
    {
      adw_window_title_set_title (self->detail_title, passend_partner_get_name (self->shown));
      adw_window_title_set_subtitle (self->detail_title,
                                     passend_partner_get_archived (self->shown)
                                     ? C_("partner", "Archived") : "");
    }
  else
    {
      adw_window_title_set_title (self->detail_title, "");
      adw_window_title_set_subtitle (self->detail_title, "");
    }
}

/* Reads the partner shown afresh (a merge or edit may have changed it)
 * and rebuilds the pane; NULL shows nothing. */
static void
show_partner (PassendPartnersPage *self,
              PassendPartner      *partner)
{
  g_autoptr(PassendPartner) fresh = NULL;
  g_autoptr(GError) error = NULL;

  memset (&self->usage, 0, sizeof self->usage);
  if (partner != NULL && self->database != NULL)
    {
      fresh = passend_database_get_partner (self->database, passend_partner_get_kind (partner),
                                            passend_partner_get_id (partner), &error);
      if (fresh != NULL &&
          !passend_database_get_partner_usage (self->database, passend_partner_get_kind (fresh),
                                               passend_partner_get_id (fresh), &self->usage, &error))
        g_clear_object (&fresh);
      if (fresh == NULL && !g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND))
        _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not load the partner"), error));
    }

  g_set_object (&self->shown, fresh);
  if (self->shown != NULL)
    {
      _passend_partners_page_build_detail (self);
      gtk_stack_set_visible_child_name (self->detail_stack, "detail");
    }
  else
    {
      passend_ui_remove_children (GTK_WIDGET (self->detail_box));
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
    }

  update_titles (self);
  update_actions (self);
}

void
_passend_partners_page_reload (PassendPartnersPage *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint position = GTK_INVALID_LIST_POSITION;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->stale = FALSE;
  if (self->database == NULL)
    return;

  list = passend_database_list_partners (self->database, current_flags (self),
                                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), &error);
  if (list == NULL)
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not load the partners"), error));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));

  self->reloading = TRUE;
  g_list_store_splice (self->partners, 0, g_list_model_get_n_items (G_LIST_MODEL (self->partners)),
                       items->pdata, items->len);
  if (self->shown != NULL)
    position = find_position (self, passend_partner_get_kind (self->shown), passend_partner_get_id (self->shown));
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;

  /* The one shown stays shown while the list is filtered past it; it is
   * only dropped once it no longer exists. */
  show_partner (self, self->shown);
}

static void
reload_when_shown (PassendPartnersPage *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _passend_partners_page_reload (self);
  else
    self->stale = TRUE;
}

static void
reload_timeout_cb (gpointer data)
{
  PassendPartnersPage *self = data;

  self->reload_source = 0;
  reload_when_shown (self);
}

static void
passend_partners_page_map (GtkWidget *widget)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);

  GTK_WIDGET_CLASS (passend_partners_page_parent_class)->map (widget);

  if (self->stale)
    _passend_partners_page_reload (self);
}

static void
queue_reload (PassendPartnersPage *self)
{
  /* A timeout rather than an idle: animations would starve an idle. */
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add_once (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
database_changed_cb (PassendPartnersPage *self,
                     const char          *entity,
                     gint64               id)
{
  queue_reload (self);
}

static void
selection_changed_cb (PassendPartnersPage *self)
{
  PassendPartner *selected = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading || selected == NULL)
    return;

  show_partner (self, selected);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
}

static void
list_activate_cb (PassendPartnersPage *self,
                  guint                position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
search_changed_cb (PassendPartnersPage *self)
{
  _passend_partners_page_reload (self);
}

/* Enter in the search opens the first match. */
static void
search_activate_cb (PassendPartnersPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->partners)) == 0)
    return;

  list_activate_cb (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
search_stop_cb (PassendPartnersPage *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
filter_toggled_cb (PassendPartnersPage *self,
                   GtkToggleButton     *button)
{
  /* A radio group toggles twice, off and on: reload once, on the "on". */
  if (button != self->archived_toggle && !gtk_toggle_button_get_active (button))
    return;

  _passend_partners_page_reload (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  passend_partners_page_focus_list (PASSEND_PARTNERS_PAGE (widget));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
passend_partners_page_dispose (GObject *object)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->partners);

  G_OBJECT_CLASS (passend_partners_page_parent_class)->dispose (object);
}

static void
passend_partners_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_partners_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_partners_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      passend_partners_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_partners_page_class_init (PassendPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_partners_page_dispose;
  object_class->get_property = passend_partners_page_get_property;
  object_class->set_property = passend_partners_page_set_property;
  widget_class->map = passend_partners_page_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PASSEND_TYPE_STUDENT);
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-partners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, people_toggle);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, organisations_toggle);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, archive_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, detail_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnersPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);

  _passend_partners_page_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "partners.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "partners.focus-search", NULL, focus_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "partners.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "partners.new-organisation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "partners.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "partners.focus-search", NULL);
}

static void
passend_partners_page_init (PassendPartnersPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->partners = g_list_store_new (PASSEND_TYPE_PARTNER);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->partners)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  update_titles (self);
  update_actions (self);
}

GtkWidget *
passend_partners_page_new (void)
{
  return g_object_new (PASSEND_TYPE_PARTNERS_PAGE, NULL);
}

PassendDatabase *
passend_partners_page_get_database (PassendPartnersPage *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNERS_PAGE (self), NULL);

  return self->database;
}

void
passend_partners_page_set_database (PassendPartnersPage *self,
                                    PassendDatabase     *database)
{
  /* What the students and meetings shown depend on, besides the
   * partners themselves. */
  static const char * const watched[] = {
    "person", "organisation", "student", "support-status", "intervention", "consent", "meeting", "tlv",
  };

  g_return_if_fail (PASSEND_IS_PARTNERS_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  g_clear_object (&self->shown);

  if (database != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", watched[i], NULL);

          g_signal_connect_swapped (database, signal, G_CALLBACK (database_changed_cb), self);
        }
    }

  reload_when_shown (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

gboolean
passend_partners_page_get_folded (PassendPartnersPage *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNERS_PAGE (self), FALSE);

  return self->folded;
}

void
passend_partners_page_set_folded (PassendPartnersPage *self,
                                  gboolean             folded)
{
  g_return_if_fail (PASSEND_IS_PARTNERS_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
passend_partners_page_show_partner (PassendPartnersPage *self,
                                    PassendPartnerKind   kind,
                                    gint64               id)
{
  g_autoptr(PassendPartner) partner = NULL;
  guint position;

  g_return_if_fail (PASSEND_IS_PARTNERS_PAGE (self));

  if (self->database == NULL)
    return;

  partner = passend_database_get_partner (self->database, kind, id, NULL);
  if (partner == NULL)
    return;

  /* Widen the list until it holds the partner. */
  g_set_object (&self->shown, partner);
  if (passend_partner_get_archived (partner) && !gtk_toggle_button_get_active (self->archived_toggle))
    gtk_toggle_button_set_active (self->archived_toggle, TRUE);
  if (!gtk_toggle_button_get_active (self->all_toggle))
    gtk_toggle_button_set_active (self->all_toggle, TRUE);
  _passend_partners_page_reload (self);

  position = find_position (self, kind, id);
  if (position == GTK_INVALID_LIST_POSITION && gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      _passend_partners_page_reload (self);
      position = find_position (self, kind, id);
    }

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

void
passend_partners_page_focus_list (PassendPartnersPage *self)
{
  g_return_if_fail (PASSEND_IS_PARTNERS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
