/* passend-meeting-kinds-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-meeting-kinds-page.h"
#include "passend-preferences-window.h"
#include "passend-ui-util.h"

struct _PassendMeetingKindsPage
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *group;
  AdwEntryRow         *new_row;
  GPtrArray           *rows;       /* the kinds' expander rows */
  PassendDatabase     *database;
};

G_DEFINE_FINAL_TYPE (PassendMeetingKindsPage, passend_meeting_kinds_page, ADW_TYPE_PREFERENCES_PAGE)

/* One kind's editor: the widgets its fields are read from. */
typedef struct
{
  PassendMeetingKindsPage *page;
  PassendMeetingKind      *kind;
  AdwExpanderRow          *row;
  AdwEntryRow             *name_row;
  GtkSpinButton           *minutes_spin;
  AdwEntryRow             *place_row;
  AdwComboRow             *role_rows[PASSEND_MEETING_N_ROLES];
  GtkSwitch               *archived_switch;
  gboolean                 filling;
} KindEditor;

static void reload (PassendMeetingKindsPage *self);

static void
kind_editor_free (gpointer data)
{
  KindEditor *editor = data;

  g_clear_object (&editor->kind);
  g_free (editor);
}

static void
toast (PassendMeetingKindsPage *self,
       const char              *what,
       const GError            *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), passend_ui_toast_new_error (what, error));
}

static void
update_subtitle (KindEditor *editor)
{
  g_autofree char *roles = passend_meeting_kind_dup_roles_summary (editor->kind);
  guint minutes = passend_meeting_kind_get_default_item_minutes (editor->kind);
  g_autofree char *per_student = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute per student",
                                                               "%u minutes per student", minutes),
                                                  minutes);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a meeting kind's minutes per student and the roles it invites. */
  subtitle = g_strdup_printf (C_("meeting kind", "%s · %s"), per_student, roles);
  if (passend_meeting_kind_get_archived (editor->kind))
    {
      g_autofree char *with_archived = g_strdup_printf (C_("meeting kind", "%s · %s"), subtitle, _("Archived"));

      g_free (subtitle);
      subtitle = g_steal_pointer (&with_archived);
    }

  adw_expander_row_set_subtitle (editor->row, subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), passend_meeting_kind_get_name (editor->kind));
}

/* Name, minutes and place are one store call; a refusal puts the stored
 * values back. */
static void
store_fields (KindEditor *editor)
{
  PassendMeetingKindsPage *self = editor->page;
  g_autoptr(GError) error = NULL;

  if (editor->filling || self->database == NULL)
    return;

  passend_meeting_kind_set_name (editor->kind, gtk_editable_get_text (GTK_EDITABLE (editor->name_row)));
  passend_meeting_kind_set_default_item_minutes (editor->kind, gtk_spin_button_get_value_as_int (editor->minutes_spin));
  passend_meeting_kind_set_default_place (editor->kind, gtk_editable_get_text (GTK_EDITABLE (editor->place_row)));
  if (!passend_database_update_meeting_kind (self->database, editor->kind, &error))
    {
      toast (self, _("Not saved"), error);
      reload (self);
      return;
    }

  update_subtitle (editor);
}

static void
role_changed_cb (AdwComboRow *combo,
                 GParamSpec  *pspec,
                 KindEditor  *editor)
{
  PassendMeetingKindsPage *self = editor->page;
  PassendMeetingRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "role"));
  PassendMeetingInvitation invitation = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;

  if (editor->filling || self->database == NULL)
    return;

  if (!passend_database_set_meeting_kind_role (self->database, passend_meeting_kind_get_id (editor->kind), role,
                                               invitation, &error))
    {
      toast (self, _("Not saved"), error);
      reload (self);
      return;
    }

  passend_meeting_kind_set_invitation (editor->kind, role, invitation);
  update_subtitle (editor);
}

static void
archived_cb (KindEditor *editor)
{
  PassendMeetingKindsPage *self = editor->page;
  gboolean archived = gtk_switch_get_active (editor->archived_switch);
  g_autoptr(GError) error = NULL;

  if (editor->filling || self->database == NULL)
    return;

  if (!passend_database_archive_meeting_kind (self->database, passend_meeting_kind_get_id (editor->kind), archived,
                                              &error))
    {
      toast (self, _("Not saved"), error);
      reload (self);
      return;
    }

  passend_meeting_kind_set_archived (editor->kind, archived);
  update_subtitle (editor);
}

static void
restore_clicked_cb (KindEditor *editor)
{
  PassendMeetingKindsPage *self = editor->page;
  gint64 kind_id = passend_meeting_kind_get_id (editor->kind);
  g_autoptr(GError) error = NULL;

  if (!passend_database_restore_meeting_kind (self->database, kind_id, &error))
    {
      toast (self, _("Could not reset the kind"), error);
      return;
    }

  /* The editor is gone after this: keep the kind open to show what came back. */
  reload (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      KindEditor *other = g_object_get_data (g_ptr_array_index (self->rows, i), "passend-kind-editor");

      if (passend_meeting_kind_get_id (other->kind) == kind_id)
        adw_expander_row_set_expanded (other->row, TRUE);
    }
}

static GtkWidget *
suffix_row (const char *title,
            const char *subtitle,
            GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  return row;
}

/* A kind's fields are built when its row is first expanded: 17 roles
 * per kind are many widgets, and only the kind being edited needs them. */
static void
build_fields (KindEditor *editor)
{
  PassendMeetingKind *kind = editor->kind;
  g_autoptr(GtkStringList) invitations = gtk_string_list_new (NULL);

  editor->filling = TRUE;
  for (PassendMeetingInvitation i = PASSEND_MEETING_INVITATION_NONE; i <= PASSEND_MEETING_INVITATION_REQUIRED; i++)
    gtk_string_list_append (invitations, passend_meeting_invitation_get_label (i));

  editor->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->name_row), _("Name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->name_row), FALSE);
  adw_entry_row_set_show_apply_button (editor->name_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editor->name_row), passend_meeting_kind_get_name (kind));
  g_signal_connect_swapped (editor->name_row, "apply", G_CALLBACK (store_fields), editor);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->name_row));

  editor->minutes_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 480, 5));
  gtk_spin_button_set_value (editor->minutes_spin, passend_meeting_kind_get_default_item_minutes (kind));
  g_signal_connect_swapped (editor->minutes_spin, "value-changed", G_CALLBACK (store_fields), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Minutes per Student"), _("The default length of an agenda item"),
                                                     GTK_WIDGET (editor->minutes_spin)));

  editor->place_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->place_row), _("Default Place"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->place_row), FALSE);
  adw_entry_row_set_show_apply_button (editor->place_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editor->place_row), passend_meeting_kind_get_default_place (kind));
  g_signal_connect_swapped (editor->place_row, "apply", G_CALLBACK (store_fields), editor);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->place_row));

  for (PassendMeetingRole role = 0; role < PASSEND_MEETING_N_ROLES; role++)
    {
      AdwComboRow *combo = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), passend_meeting_role_get_label (role));
      adw_combo_row_set_model (combo, G_LIST_MODEL (invitations));
      adw_combo_row_set_selected (combo, passend_meeting_kind_get_invitation (kind, role));
      g_object_set_data (G_OBJECT (combo), "role", GUINT_TO_POINTER (role));
      g_signal_connect (combo, "notify::selected", G_CALLBACK (role_changed_cb), editor);
      adw_expander_row_add_row (editor->row, GTK_WIDGET (combo));
      editor->role_rows[role] = combo;
    }

  editor->archived_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (editor->archived_switch, passend_meeting_kind_get_archived (kind));
  g_signal_connect_swapped (editor->archived_switch, "notify::active", G_CALLBACK (archived_cb), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Archived"), _("No longer offered for new meetings"),
                                                     GTK_WIDGET (editor->archived_switch)));

  if (passend_meeting_kind_is_seed_code (passend_meeting_kind_get_code (kind)))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Reset"));

      g_signal_connect_swapped (button, "clicked", G_CALLBACK (restore_clicked_cb), editor);
      adw_expander_row_add_row (editor->row,
                                suffix_row (_("Reset to Default"),
                                            _("The name, minutes, place and roles Passend came with"), button));
    }

  editor->filling = FALSE;
}

static void
expanded_cb (KindEditor *editor)
{
  if (editor->name_row == NULL && adw_expander_row_get_expanded (editor->row))
    build_fields (editor);
}

static KindEditor *
build_editor (PassendMeetingKindsPage *self,
              PassendMeetingKind      *kind)
{
  KindEditor *editor = g_new0 (KindEditor, 1);

  editor->page = self;
  editor->kind = g_object_ref (kind);
  editor->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->row), FALSE);
  g_signal_connect_swapped (editor->row, "notify::expanded", G_CALLBACK (expanded_cb), editor);
  update_subtitle (editor);
  return editor;
}

static void
reload (PassendMeetingKindsPage *self)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->database == NULL)
    return;

  kinds = passend_database_list_meeting_kinds (self->database, TRUE, &error);
  if (kinds == NULL)
    {
      toast (self, _("Could not load the meeting kinds"), error);
      return;
    }

  n_items = g_list_model_get_n_items (kinds);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);
      KindEditor *editor = build_editor (self, kind);

      /* The row owns its editor. */
      g_object_set_data_full (G_OBJECT (editor->row), "passend-kind-editor", editor, kind_editor_free);
      adw_preferences_group_add (self->group, GTK_WIDGET (editor->row));
      g_ptr_array_add (self->rows, editor->row);
    }
}

static void
add_kind_cb (PassendMeetingKindsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_row))));
  g_autoptr(PassendMeetingKind) kind = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL || name[0] == '\0')
    return;

  kind = passend_meeting_kind_new ();
  passend_meeting_kind_set_name (kind, name);
  if (!passend_database_add_meeting_kind (self->database, kind, &error))
    {
      toast (self, _("Could not add the kind"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  reload (self);
}

/* The Preferences window gets its database after its template (and this
 * page) is built: take it when the page is first shown. */
static void
passend_meeting_kinds_page_map (GtkWidget *widget)
{
  PassendMeetingKindsPage *self = PASSEND_MEETING_KINDS_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (passend_meeting_kinds_page_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  if (self->database == NULL && PASSEND_IS_PREFERENCES_WINDOW (root))
    passend_meeting_kinds_page_set_database (self, passend_preferences_window_get_database (PASSEND_PREFERENCES_WINDOW (root)));
}

static void
passend_meeting_kinds_page_dispose (GObject *object)
{
  PassendMeetingKindsPage *self = PASSEND_MEETING_KINDS_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_meeting_kinds_page_parent_class)->dispose (object);
}

static void
passend_meeting_kinds_page_class_init (PassendMeetingKindsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_meeting_kinds_page_dispose;
  widget_class->map = passend_meeting_kinds_page_map;
}

static void
passend_meeting_kinds_page_init (PassendMeetingKindsPage *self)
{
  AdwPreferencesGroup *add_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->rows = g_ptr_array_new ();
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "meetings");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Meetings"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "x-office-calendar-symbolic");

  adw_preferences_group_set_title (add_group, _("Meeting Kinds"));
  adw_preferences_group_set_description (add_group,
                                         _("The meetings the school holds, with who each one invites. "
                                           "A new meeting takes its minutes per student, place and invitees from its kind."));
  self->new_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), _("Add a Kind"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->new_row), FALSE);
  adw_entry_row_set_show_apply_button (self->new_row, TRUE);
  g_signal_connect_swapped (self->new_row, "apply", G_CALLBACK (add_kind_cb), self);
  g_signal_connect_swapped (self->new_row, "entry-activated", G_CALLBACK (add_kind_cb), self);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->new_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), add_group);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->group);
}

GtkWidget *
passend_meeting_kinds_page_new (void)
{
  return g_object_new (PASSEND_TYPE_MEETING_KINDS_PAGE, NULL);
}

void
passend_meeting_kinds_page_set_database (PassendMeetingKindsPage *self,
                                         PassendDatabase         *database)
{
  g_return_if_fail (PASSEND_IS_MEETING_KINDS_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    reload (self);
}
