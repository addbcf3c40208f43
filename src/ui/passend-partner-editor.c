/* passend-partner-editor.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-partner-editor.h"

struct _PassendPartnerEditor
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *save_button;
  AdwPreferencesGroup  *problem_group;
  GtkLabel             *problem_label;
  AdwPreferencesGroup  *name_group;
  AdwEntryRow          *given_row;
  AdwEntryRow          *tussenvoegsel_row;
  AdwEntryRow          *family_row;
  AdwPreferencesGroup  *role_group;
  AdwComboRow          *role_row;
  GtkSwitch            *internal_switch;
  AdwEntryRow          *code_row;
  AdwComboRow          *organisation_row;
  AdwPreferencesGroup  *organisation_group;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *address_row;
  GtkTextView          *note_view;

  /* Owned references */
  PassendDatabase      *database;
  PassendPerson        *person;
  PassendOrganisation  *organisation;
  /* Parallel to the combo rows' items: role codes ("" for none) and
   * organisation ids (0 for none). */
  GPtrArray            *role_codes;
  GArray               *organisation_ids;

  PassendPartnerKind    kind;
  /* Problems are shown once the coordinator has typed or tried to save,
   * not on a form that was just opened. */
  guint                 touched : 1;
  guint                 loading : 1;
};

G_DEFINE_FINAL_TYPE (PassendPartnerEditor, passend_partner_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (text_of (row)));
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
mark (AdwEntryRow *row,
      gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_problem (PassendPartnerEditor *self,
              const char           *problem)
{
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_group), problem != NULL);
}

/* The first problem in reading order, or NULL when the form can be
 * stored. */
static const char *
find_problem (PassendPartnerEditor *self)
{
  gboolean person = self->kind == PASSEND_PARTNER_KIND_PERSON;
  gboolean name_missing = person ? is_blank (text_of (self->family_row)) : is_blank (text_of (self->name_row));
  g_autofree char *email = stripped (self->email_row);
  gboolean email_wrong = !passend_partner_email_is_plausible (email);

  mark (person ? self->family_row : self->name_row, name_missing && self->touched);
  mark (self->email_row, email_wrong && self->touched);

  if (name_missing)
    return person ? _("Fill in the family name.") : _("Fill in the name of the organisation.");
  if (email_wrong)
    return _("The e-mail address does not look right: it needs the form name@example.nl.");
  return NULL;
}

static void
validate (PassendPartnerEditor *self)
{
  const char *problem = find_problem (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", problem == NULL);
  show_problem (self, self->touched ? problem : NULL);
}

static void
field_changed_cb (PassendPartnerEditor *self)
{
  if (self->loading)
    return;

  self->touched = TRUE;
  validate (self);
}

static void
internal_changed_cb (PassendPartnerEditor *self)
{
  /* Only staff have a code in the student administration. */
  gtk_widget_set_visible (GTK_WIDGET (self->code_row), gtk_switch_get_active (self->internal_switch));
  field_changed_cb (self);
}

static void
entry_activated_cb (PassendPartnerEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static char *
note_text (PassendPartnerEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
fill_person (PassendPartnerEditor *self)
{
  g_autofree char *given = stripped (self->given_row);
  g_autofree char *tussenvoegsel = stripped (self->tussenvoegsel_row);
  g_autofree char *family = stripped (self->family_row);
  g_autofree char *code = stripped (self->code_row);
  g_autofree char *email = stripped (self->email_row);
  g_autofree char *phone = stripped (self->phone_row);
  guint role = adw_combo_row_get_selected (self->role_row);
  guint organisation = adw_combo_row_get_selected (self->organisation_row);
  gboolean internal = gtk_switch_get_active (self->internal_switch);

  passend_person_set_given_name (self->person, given);
  passend_person_set_tussenvoegsel (self->person, tussenvoegsel);
  passend_person_set_family_name (self->person, family);
  passend_person_set_role (self->person, role < self->role_codes->len ? g_ptr_array_index (self->role_codes, role) : "");
  passend_person_set_internal (self->person, internal);
  passend_person_set_code (self->person, internal ? code : "");
  passend_person_set_organisation_id (self->person, organisation < self->organisation_ids->len
                                                    ? g_array_index (self->organisation_ids, gint64, organisation) : 0);
  passend_person_set_email (self->person, email);
  passend_person_set_phone (self->person, phone);
}

static void
fill_organisation (PassendPartnerEditor *self)
{
  g_autofree char *name = stripped (self->name_row);
  g_autofree char *email = stripped (self->email_row);
  g_autofree char *phone = stripped (self->phone_row);
  g_autofree char *address = stripped (self->address_row);

  passend_organisation_set_name (self->organisation, name);
  passend_organisation_set_kind (self->organisation, (PassendOrganisationKind) adw_combo_row_get_selected (self->kind_row));
  passend_organisation_set_email (self->organisation, email);
  passend_organisation_set_phone (self->organisation, phone);
  passend_organisation_set_address (self->organisation, address);
}

gboolean
passend_partner_editor_save (PassendPartnerEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  const char *problem;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_PARTNER_EDITOR (self), FALSE);

  if (self->person == NULL && self->organisation == NULL)
    return FALSE;

  self->touched = TRUE;
  problem = find_problem (self);
  if (problem != NULL)
    {
      show_problem (self, problem);
      return FALSE;
    }

  note = note_text (self);
  if (self->kind == PASSEND_PARTNER_KIND_PERSON)
    {
      fill_person (self);
      ok = passend_person_get_id (self->person) == 0
           ? passend_database_create_person (self->database, self->person, note, &error)
           : passend_database_update_person (self->database, self->person, note, &error);
      id = passend_person_get_id (self->person);
    }
  else
    {
      fill_organisation (self);
      ok = passend_organisation_get_id (self->organisation) == 0
           ? passend_database_create_organisation (self->database, self->organisation, note, &error)
           : passend_database_update_organisation (self->database, self->organisation, note, &error);
      id = passend_organisation_get_id (self->organisation);
    }

  if (!ok)
    {
      show_problem (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->kind, id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  passend_partner_editor_save (PASSEND_PARTNER_EDITOR (widget));
}

/* Loading */

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
fill_roles (PassendPartnerEditor *self,
            const char           *current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *codes = passend_partner_role_get_codes ();
  guint selected = 0;

  g_ptr_array_add (self->role_codes, g_strdup (""));
  gtk_string_list_append (labels, C_("person role", "None"));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], current) == 0)
        selected = self->role_codes->len;
      g_ptr_array_add (self->role_codes, g_strdup (codes[i]));
      gtk_string_list_append (labels, passend_partner_role_get_label (codes[i]));
    }

  /* A role typed in elsewhere (the LVS, an older Passend) stays as it
   * is unless the coordinator picks another. */
  if (selected == 0 && current != NULL && current[0] != '\0' && g_strcmp0 (current, "coordinator") != 0)
    {
      selected = self->role_codes->len;
      g_ptr_array_add (self->role_codes, g_strdup (current));
      gtk_string_list_append (labels, passend_partner_role_get_label (current));
    }
  else if (g_strcmp0 (current, "coordinator") == 0)
    {
      selected = 1;
    }

  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->role_row, selected);
}

static void
fill_organisations (PassendPartnerEditor *self,
                    gint64                current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) organisations = NULL;
  gint64 none = 0;
  guint selected = 0;

  g_array_append_val (self->organisation_ids, none);
  gtk_string_list_append (labels, C_("organisation", "None"));

  organisations = passend_database_list_partners (self->database,
                                                  PASSEND_PARTNER_LIST_ORGANISATIONS | PASSEND_PARTNER_LIST_ARCHIVED,
                                                  NULL, NULL);
  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(PassendPartner) organisation = g_list_model_get_item (organisations, i);
      gint64 id = passend_partner_get_id (organisation);

      /* Archived ones only when this person is still with one. */
      if (passend_partner_get_archived (organisation) && id != current)
        continue;
      if (id == current)
        selected = self->organisation_ids->len;
      g_array_append_val (self->organisation_ids, id);
      gtk_string_list_append (labels, passend_partner_get_name (organisation));
    }

  adw_combo_row_set_model (self->organisation_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->organisation_row, selected);
}

static void
fill_kinds (PassendPartnerEditor    *self,
            PassendOrganisationKind  current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i <= PASSEND_ORGANISATION_KIND_OTHER; i++)
    gtk_string_list_append (labels, passend_organisation_kind_get_label ((PassendOrganisationKind) i));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->kind_row, current);
}

static gboolean
load (PassendPartnerEditor  *self,
      gint64                 id,
      GError               **error)
{
  g_autofree char *note = NULL;
  gboolean person = self->kind == PASSEND_PARTNER_KIND_PERSON;

  if (person)
    {
      self->person = id != 0 ? passend_database_get_person (self->database, id, &note, error) : passend_person_new ();
      if (self->person == NULL)
        return FALSE;

      /* A new person is most often a partner's professional. */
      if (id == 0)
        passend_person_set_internal (self->person, FALSE);

      set_row_text (self->given_row, passend_person_get_given_name (self->person));
      set_row_text (self->tussenvoegsel_row, passend_person_get_tussenvoegsel (self->person));
      set_row_text (self->family_row, passend_person_get_family_name (self->person));
      set_row_text (self->code_row, passend_person_get_code (self->person));
      set_row_text (self->email_row, passend_person_get_email (self->person));
      set_row_text (self->phone_row, passend_person_get_phone (self->person));
      gtk_switch_set_active (self->internal_switch, passend_person_get_internal (self->person));
      gtk_widget_set_visible (GTK_WIDGET (self->code_row), passend_person_get_internal (self->person));
      fill_roles (self, passend_person_get_role (self->person));
      fill_organisations (self, passend_person_get_organisation_id (self->person));
    }
  else
    {
      self->organisation = id != 0 ? passend_database_get_organisation (self->database, id, &note, error)
                                   : passend_organisation_new ();
      if (self->organisation == NULL)
        return FALSE;

      if (id == 0)
        passend_organisation_set_kind (self->organisation, PASSEND_ORGANISATION_KIND_OTHER);
      set_row_text (self->name_row, passend_organisation_get_name (self->organisation));
      set_row_text (self->email_row, passend_organisation_get_email (self->organisation));
      set_row_text (self->phone_row, passend_organisation_get_phone (self->organisation));
      set_row_text (self->address_row, passend_organisation_get_address (self->organisation));
      fill_kinds (self, passend_organisation_get_kind (self->organisation));
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note != NULL ? note : "", -1);

  gtk_widget_set_visible (GTK_WIDGET (self->name_group), person);
  gtk_widget_set_visible (GTK_WIDGET (self->role_group), person);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_group), !person);
  gtk_widget_set_visible (GTK_WIDGET (self->address_row), !person);

  if (id == 0)
    adw_window_title_set_title (self->window_title, person ? _("New Person") : _("New Organisation"));
  else
    adw_window_title_set_title (self->window_title, person ? _("Edit Person") : _("Edit Organisation"));
  return TRUE;
}

static void
passend_partner_editor_dispose (GObject *object)
{
  PassendPartnerEditor *self = PASSEND_PARTNER_EDITOR (object);

  /* The rows report changes as they are torn down. */
  self->loading = TRUE;
  g_clear_object (&self->database);
  g_clear_object (&self->person);
  g_clear_object (&self->organisation);
  g_clear_pointer (&self->role_codes, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_ids, g_array_unref);

  G_OBJECT_CLASS (passend_partner_editor_parent_class)->dispose (object);
}

static void
passend_partner_editor_class_init (PassendPartnerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_partner_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PASSEND_TYPE_PARTNER_KIND, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-partner-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, problem_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, name_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, given_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, tussenvoegsel_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, family_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, role_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, internal_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, organisation_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerEditor, note_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, internal_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_partner_editor_init (PassendPartnerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->role_codes = g_ptr_array_new_with_free_func (g_free);
  self->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PassendPartnerEditor *
passend_partner_editor_new (GtkWindow          *parent,
                            PassendDatabase    *database,
                            PassendPartnerKind  kind,
                            gint64              id)
{
  PassendPartnerEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);

  self = g_object_new (PASSEND_TYPE_PARTNER_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->kind = kind;

  self->loading = TRUE;
  if (!load (self, id, &error))
    {
      show_problem (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
    }
  self->loading = FALSE;
  validate (self);

  gtk_widget_grab_focus (GTK_WIDGET (kind == PASSEND_PARTNER_KIND_PERSON ? self->given_row : self->name_row));
  return self;
}
