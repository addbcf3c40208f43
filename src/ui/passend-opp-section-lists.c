/* passend-opp-section-lists.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-section-rows.h"

/* What the list pages share (their rows are built in
 * passend-opp-section-needs.c and -goals.c): every row is a card whose
 * fields are stored as they are typed; adding, removing (with Undo) and
 * moving are one store call each, after which the page is built again. */

typedef struct
{
  PassendOppEditor *self;
  gint64            row_id;
  PassendOppField   field;
} RowBinding;

static RowBinding *
row_binding_new (PassendOppEditor *self,
                 gint64            row_id,
                 PassendOppField   field)
{
  RowBinding *binding = g_new0 (RowBinding, 1);

  binding->self = self;
  binding->row_id = row_id;
  binding->field = field;
  return binding;
}

static gpointer
find_row (GPtrArray *rows,
          gint64     id)
{
  /* Every row struct starts with its id. */
  for (guint i = 0; i < rows->len; i++)
    if (*(gint64 *) g_ptr_array_index (rows, i) == id)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static PassendOppRowKind
field_row_kind (PassendOppField field)
{
  if (field == PASSEND_OPP_FIELD_FACTOR_BODY)
    return PASSEND_OPP_ROW_FACTOR;
  if (field <= PASSEND_OPP_FIELD_NEED_DOMAIN)
    return PASSEND_OPP_ROW_NEED;
  if (field <= PASSEND_OPP_FIELD_GOAL_NEED)
    return PASSEND_OPP_ROW_GOAL;
  if (field <= PASSEND_OPP_FIELD_SUPPORT_EXTRA)
    return PASSEND_OPP_ROW_SUPPORT;
  return PASSEND_OPP_ROW_CONSULTATION;
}

static GPtrArray *
rows_of_kind (PassendOppDocument *doc,
              PassendOppRowKind   kind)
{
  switch (kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       return doc->factors;
    case PASSEND_OPP_ROW_NEED:         return doc->needs;
    case PASSEND_OPP_ROW_GOAL:         return doc->goals;
    case PASSEND_OPP_ROW_SUPPORT:      return doc->supports;
    case PASSEND_OPP_ROW_CONSULTATION: return doc->consultations;
    default:                           g_assert_not_reached ();
    }
}

static void
replace_string (char       **field,
                const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static gboolean
store_row (PassendOppEditor  *self,
           PassendOppRowKind  kind,
           gpointer           row,
           GError           **error)
{
  PassendDatabase *db = self->database;
  gboolean ok = FALSE;

  _passend_opp_editor_begin_write (self);
  switch (kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       ok = passend_database_update_opp_factor (db, row, error); break;
    case PASSEND_OPP_ROW_NEED:         ok = passend_database_update_opp_need (db, row, error); break;
    case PASSEND_OPP_ROW_GOAL:         ok = passend_database_update_opp_goal (db, row, error); break;
    case PASSEND_OPP_ROW_SUPPORT:      ok = passend_database_update_opp_support (db, row, error); break;
    case PASSEND_OPP_ROW_CONSULTATION: ok = passend_database_update_opp_consultation (db, row, error); break;
    default:                           g_assert_not_reached ();
    }
  _passend_opp_editor_end_write (self);
  return ok;
}

/* Sets @field of the row in the document and stores the row. */
static gboolean
apply_value (PassendOppEditor  *self,
             gint64             row_id,
             PassendOppField    field,
             const char        *text,
             gint64             value,
             GError           **error)
{
  PassendOppRowKind kind = field_row_kind (field);
  gpointer row = find_row (rows_of_kind (self->document, kind), row_id);
  PassendOppFactor *factor = row;
  PassendOppNeed *need = row;
  PassendOppGoal *goal = row;
  PassendOppSupport *support = row;
  PassendOppConsultation *consultation = row;
  PassendDay day = PASSEND_DAY_NONE;

  if (row == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The row is no longer there"));
      return FALSE;
    }

  if (field == PASSEND_OPP_FIELD_GOAL_TARGET || field == PASSEND_OPP_FIELD_SUPPORT_FROM ||
      field == PASSEND_OPP_FIELD_SUPPORT_UNTIL || field == PASSEND_OPP_FIELD_SUPPORT_EVALUATION ||
      field == PASSEND_OPP_FIELD_CONSULTATION_HELD)
    {
      if (!_passend_opp_parse_day (text, &day, error))
        return FALSE;
      if (field == PASSEND_OPP_FIELD_CONSULTATION_HELD && day == PASSEND_DAY_NONE)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("A consultation needs its date"));
          return FALSE;
        }
    }

  switch (field)
    {
    case PASSEND_OPP_FIELD_FACTOR_BODY:          replace_string (&factor->body, text); break;
    case PASSEND_OPP_FIELD_NEED_BODY:            replace_string (&need->body, text); break;
    case PASSEND_OPP_FIELD_NEED_KIND:            need->kind = value; break;
    case PASSEND_OPP_FIELD_NEED_DOMAIN:          need->domain = value; break;
    case PASSEND_OPP_FIELD_GOAL_BODY:            replace_string (&goal->body, text); break;
    case PASSEND_OPP_FIELD_GOAL_CRITERION:       replace_string (&goal->criterion, text); break;
    case PASSEND_OPP_FIELD_GOAL_TARGET:          goal->target_on = day; break;
    case PASSEND_OPP_FIELD_GOAL_DOMAIN:          goal->domain = value; break;
    case PASSEND_OPP_FIELD_GOAL_NEED:            goal->need_id = value; break;
    case PASSEND_OPP_FIELD_SUPPORT_WHAT:         replace_string (&support->what, text); break;
    case PASSEND_OPP_FIELD_SUPPORT_WHO:          replace_string (&support->who, text); break;
    case PASSEND_OPP_FIELD_SUPPORT_FREQUENCY:    replace_string (&support->frequency, text); break;
    case PASSEND_OPP_FIELD_SUPPORT_FROM:         support->from_on = day; break;
    case PASSEND_OPP_FIELD_SUPPORT_UNTIL:        support->until_on = day; break;
    case PASSEND_OPP_FIELD_SUPPORT_EVALUATION:   support->evaluation_on = day; break;
    case PASSEND_OPP_FIELD_SUPPORT_GOAL:         support->goal_id = value; break;
    case PASSEND_OPP_FIELD_SUPPORT_INTERVENTION: support->intervention_id = value; break;
    case PASSEND_OPP_FIELD_SUPPORT_EXTRA:        support->is_extra = value != 0; break;
    case PASSEND_OPP_FIELD_CONSULTATION_HELD:    consultation->held_on = day; break;
    case PASSEND_OPP_FIELD_CONSULTATION_PARTICIPANTS: replace_string (&consultation->participants, text); break;
    case PASSEND_OPP_FIELD_CONSULTATION_SUMMARY: replace_string (&consultation->summary, text); break;
    default:                                     g_assert_not_reached ();
    }

  if (self->dry_run)
    return TRUE;

  return store_row (self, kind, row, error);
}

static gboolean
save_row_text (const char  *text,
               gpointer     user_data,
               GError     **error)
{
  RowBinding *binding = user_data;

  return apply_value (binding->self, binding->row_id, binding->field, text, 0, error);
}

char *
_passend_opp_row_field_name (gint64          row_id,
                             PassendOppField field)
{
  return g_strdup_printf ("row-%" G_GINT64_FORMAT "-%d", row_id, field);
}

GtkWidget *
_passend_opp_row_entry (PassendOppEditor *self,
                        GtkWidget        *list,
                        gint64            row_id,
                        PassendOppField   field,
                        const char       *title,
                        const char       *text)
{
  g_autofree char *name = _passend_opp_row_field_name (row_id, field);
  GtkWidget *row;

  row = _passend_opp_entry_row_new (self, title, text, save_row_text,
                                    row_binding_new (self, row_id, field), g_free);
  gtk_widget_set_name (row, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

GtkWidget *
_passend_opp_row_date (PassendOppEditor *self,
                       GtkWidget        *list,
                       gint64            row_id,
                       PassendOppField   field,
                       const char       *title,
                       PassendDay        day)
{
  g_autofree char *text = _passend_opp_day_text (day);
  GtkWidget *row = _passend_opp_row_entry (self, list, row_id, field, title, text);

  gtk_widget_set_tooltip_text (row, _("A date such as 14-3-2026; empty for none"));
  return row;
}

static void
choice_selected_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    RowBinding  *binding)
{
  PassendOppEditor *self = binding->self;
  GArray *ids = g_object_get_data (G_OBJECT (row), "passend-opp-ids");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  gint64 value;

  if (self->building || selected == GTK_INVALID_LIST_POSITION)
    return;

  value = ids != NULL ? g_array_index (ids, gint64, selected) : (gint64) selected;
  if (!apply_value (self, binding->row_id, binding->field, NULL, value, &error))
    {
      _passend_opp_editor_report (self, _("Could not store the choice"), error);
      return;
    }

  _passend_opp_editor_refresh (self);
}

GtkWidget *
_passend_opp_row_choice (PassendOppEditor *self,
                         GtkWidget        *list,
                         gint64            row_id,
                         PassendOppField   field,
                         const char       *title,
                         GPtrArray        *labels,
                         GArray           *ids,
                         gint64            value)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *name = _passend_opp_row_field_name (row_id, field);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
      if ((ids != NULL ? g_array_index (ids, gint64, i) : (gint64) i) == value)
        selected = i;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_widget_set_name (row, name);
  gtk_widget_set_sensitive (row, _passend_opp_editor_is_editable (self));
  if (ids != NULL)
    g_object_set_data_full (G_OBJECT (row), "passend-opp-ids", g_array_ref (ids), (GDestroyNotify) g_array_unref);
  g_signal_connect_data (row, "notify::selected", G_CALLBACK (choice_selected_cb),
                         row_binding_new (self, row_id, field), (GClosureNotify) g_free, 0);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

char *
_passend_opp_short_text (const char *text,
                         const char *fallback)
{
  g_autofree char *line = NULL;
  const char *end;

  if (text == NULL || text[0] == '\0')
    return g_strdup (fallback);

  end = strchr (text, '\n');
  line = end != NULL ? g_strndup (text, end - text) : g_strdup (text);
  if (g_utf8_strlen (line, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, 59);

      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&line);
}

void
_passend_opp_after_row_change (PassendOppEditor *self,
                               PassendOppPage    page,
                               const char       *focus_name)
{
  _passend_opp_editor_refresh (self);
  _passend_opp_editor_rebuild_page (self, page);
  /* Other pages show the row in their choices (a goal's need). */
  if (page == PASSEND_OPP_PAGE_NEEDS)
    _passend_opp_editor_rebuild_page (self, PASSEND_OPP_PAGE_GOALS);
  if (page == PASSEND_OPP_PAGE_GOALS || page == PASSEND_OPP_PAGE_NEEDS)
    _passend_opp_editor_rebuild_page (self, PASSEND_OPP_PAGE_SUPPORT);
  _passend_opp_editor_show_page (self, page, focus_name);
}

static PassendOppPage
kind_page (PassendOppRowKind kind)
{
  switch (kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       return PASSEND_OPP_PAGE_FACTORS;
    case PASSEND_OPP_ROW_NEED:         return PASSEND_OPP_PAGE_NEEDS;
    case PASSEND_OPP_ROW_GOAL:         return PASSEND_OPP_PAGE_GOALS;
    case PASSEND_OPP_ROW_SUPPORT:      return PASSEND_OPP_PAGE_SUPPORT;
    case PASSEND_OPP_ROW_CONSULTATION: return PASSEND_OPP_PAGE_OOGO;
    default:                           g_assert_not_reached ();
    }
}

/* Moving and removing */

typedef struct
{
  PassendOppEditor  *self;
  PassendOppRowKind  kind;
  gint64             row_id;
  int                delta;   /* -1 up, +1 down, 0 remove */
} RowAction;

static void
move_clicked_cb (GtkButton *button,
                 RowAction *action)
{
  PassendOppEditor *self = action->self;
  PassendOppDocument *doc = self->document;
  gpointer row = find_row (rows_of_kind (doc, action->kind), action->row_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  int position;
  gboolean ok;

  if (row == NULL)
    return;

  passend_opp_saver_flush (self->saver);
  switch (action->kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       position = ((PassendOppFactor *) row)->position; break;
    case PASSEND_OPP_ROW_NEED:         position = ((PassendOppNeed *) row)->position; break;
    case PASSEND_OPP_ROW_GOAL:         position = ((PassendOppGoal *) row)->position; break;
    case PASSEND_OPP_ROW_SUPPORT:      position = ((PassendOppSupport *) row)->position; break;
    case PASSEND_OPP_ROW_CONSULTATION: position = ((PassendOppConsultation *) row)->position; break;
    default:                           g_assert_not_reached ();
    }

  if (position + action->delta < 0)
    return;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_move_opp_row (self->database, action->kind, action->row_id,
                                      position + action->delta, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not move the row"), error);
      return;
    }

  focus = g_strdup_printf ("move-%" G_GINT64_FORMAT "-%d", action->row_id, action->delta);
  _passend_opp_after_row_change (self, kind_page (action->kind), focus);
}

typedef struct
{
  PassendOppEditor  *self;
  PassendOppRowKind  kind;
  gpointer           row;       /* a copy of the removed row */
  int                position;
  GArray            *linked;    /* ids of goals/support lines that pointed at it */
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  switch (removed->kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       passend_opp_factor_free (removed->row); break;
    case PASSEND_OPP_ROW_NEED:         passend_opp_need_free (removed->row); break;
    case PASSEND_OPP_ROW_GOAL:         passend_opp_goal_free (removed->row); break;
    case PASSEND_OPP_ROW_SUPPORT:      passend_opp_support_free (removed->row); break;
    case PASSEND_OPP_ROW_CONSULTATION: passend_opp_consultation_free (removed->row); break;
    default:                           g_assert_not_reached ();
    }
  g_array_unref (removed->linked);
  g_object_unref (removed->self);
  g_free (removed);
}

static gboolean
add_row (PassendOppEditor  *self,
         PassendOppRowKind  kind,
         gpointer           row,
         GError           **error)
{
  PassendDatabase *db = self->database;
  gint64 id = self->document->id;

  switch (kind)
    {
    case PASSEND_OPP_ROW_FACTOR:       return passend_database_add_opp_factor (db, id, row, error);
    case PASSEND_OPP_ROW_NEED:         return passend_database_add_opp_need (db, id, row, error);
    case PASSEND_OPP_ROW_GOAL:         return passend_database_add_opp_goal (db, id, row, error);
    case PASSEND_OPP_ROW_SUPPORT:      return passend_database_add_opp_support (db, id, row, error);
    case PASSEND_OPP_ROW_CONSULTATION: return passend_database_add_opp_consultation (db, id, row, error);
    default:                           g_assert_not_reached ();
    }
}

/* Puts the row back where it was, with the links that pointed at it. */
static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  PassendOppEditor *self = removed->self;
  g_autoptr(GError) error = NULL;
  gint64 new_id;
  gboolean ok;

  if (self->document == NULL)
    return;

  _passend_opp_editor_begin_write (self);
  ok = add_row (self, removed->kind, removed->row, &error);
  new_id = *(gint64 *) removed->row;
  if (ok)
    ok = passend_database_move_opp_row (self->database, removed->kind, new_id, removed->position, &error);
  _passend_opp_editor_end_write (self);

  if (ok && removed->linked->len > 0)
    {
      PassendOppRowKind linked_kind = removed->kind == PASSEND_OPP_ROW_NEED ? PASSEND_OPP_ROW_GOAL
                                                                            : PASSEND_OPP_ROW_SUPPORT;
      PassendOppField field = removed->kind == PASSEND_OPP_ROW_NEED ? PASSEND_OPP_FIELD_GOAL_NEED
                                                                    : PASSEND_OPP_FIELD_SUPPORT_GOAL;

      _passend_opp_editor_refresh (self);
      for (guint i = 0; ok && i < removed->linked->len; i++)
        {
          gint64 linked_id = g_array_index (removed->linked, gint64, i);

          if (find_row (rows_of_kind (self->document, linked_kind), linked_id) != NULL)
            ok = apply_value (self, linked_id, field, NULL, new_id, &error);
        }
    }

  if (!ok)
    _passend_opp_editor_report (self, _("Could not put the row back"), error);

  _passend_opp_after_row_change (self, kind_page (removed->kind), NULL);
}

static Removed *
removed_new (PassendOppEditor  *self,
             PassendOppRowKind  kind,
             gpointer           row)
{
  PassendOppDocument *doc = self->document;
  gint64 row_id = *(gint64 *) row;
  Removed *removed = g_new0 (Removed, 1);

  removed->self = g_object_ref (self);
  removed->kind = kind;
  removed->linked = g_array_new (FALSE, FALSE, sizeof (gint64));

  switch (kind)
    {
    case PASSEND_OPP_ROW_FACTOR:
      removed->row = passend_opp_factor_copy (row);
      removed->position = ((PassendOppFactor *) row)->position;
      break;

    case PASSEND_OPP_ROW_NEED:
      removed->row = passend_opp_need_copy (row);
      removed->position = ((PassendOppNeed *) row)->position;
      for (guint i = 0; i < doc->goals->len; i++)
        {
          PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);

          if (goal->need_id == row_id)
            g_array_append_val (removed->linked, goal->id);
        }
      break;

    case PASSEND_OPP_ROW_GOAL:
      removed->row = passend_opp_goal_copy (row);
      removed->position = ((PassendOppGoal *) row)->position;
      for (guint i = 0; i < doc->supports->len; i++)
        {
          PassendOppSupport *support = g_ptr_array_index (doc->supports, i);

          if (support->goal_id == row_id)
            g_array_append_val (removed->linked, support->id);
        }
      break;

    case PASSEND_OPP_ROW_SUPPORT:
      removed->row = passend_opp_support_copy (row);
      removed->position = ((PassendOppSupport *) row)->position;
      break;

    case PASSEND_OPP_ROW_CONSULTATION:
      removed->row = passend_opp_consultation_copy (row);
      removed->position = ((PassendOppConsultation *) row)->position;
      break;

    default:
      g_assert_not_reached ();
    }

  return removed;
}

static void
remove_clicked_cb (GtkButton *button,
                   RowAction *action)
{
  PassendOppEditor *self = action->self;
  gpointer row = find_row (rows_of_kind (self->document, action->kind), action->row_id);
  g_autoptr(GError) error = NULL;
  Removed *removed;
  AdwToast *toast;
  gboolean ok;

  if (row == NULL)
    return;

  passend_opp_saver_flush (self->saver);
  removed = removed_new (self, action->kind, row);

  _passend_opp_editor_begin_write (self);
  ok = passend_database_remove_opp_row (self->database, action->kind, action->row_id, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      removed_free (removed);
      _passend_opp_editor_report (self, _("Could not remove the row"), error);
      return;
    }

  toast = adw_toast_new (_("Row removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removed,
                         (GClosureNotify) (void (*) (void)) removed_free, 0);
  _passend_opp_editor_toast (self, toast);
  _passend_opp_after_row_change (self, kind_page (action->kind), NULL);
}

static GtkWidget *
row_button (const char *icon,
            const char *tooltip,
            const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
connect_action (PassendOppEditor  *self,
                GtkWidget         *button,
                PassendOppRowKind  kind,
                gint64             row_id,
                int                delta,
                GCallback          callback)
{
  RowAction *action = g_new0 (RowAction, 1);

  action->self = self;
  action->kind = kind;
  action->row_id = row_id;
  action->delta = delta;
  g_signal_connect_data (button, "clicked", callback, action, (GClosureNotify) (void (*) (void)) g_free, 0);
}

GtkWidget *
_passend_opp_row_card_new (PassendOppEditor  *self,
                           PassendOppRowKind  kind,
                           gint64             row_id,
                           const char        *heading,
                           guint              index,
                           guint              n_rows,
                           GtkWidget        **list)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (heading);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header), label);

  if (_passend_opp_editor_is_editable (self))
    {
      g_autofree char *up_name = g_strdup_printf ("move-%" G_GINT64_FORMAT "--1", row_id);
      g_autofree char *down_name = g_strdup_printf ("move-%" G_GINT64_FORMAT "-1", row_id);
      g_autofree char *remove_name = g_strdup_printf ("remove-%" G_GINT64_FORMAT, row_id);
      GtkWidget *up = row_button ("go-up-symbolic", _("Move Up"), up_name);
      GtkWidget *down = row_button ("go-down-symbolic", _("Move Down"), down_name);
      GtkWidget *remove = row_button ("user-trash-symbolic", _("Remove"), remove_name);

      gtk_widget_set_sensitive (up, index > 0);
      gtk_widget_set_sensitive (down, index + 1 < n_rows);
      connect_action (self, up, kind, row_id, -1, G_CALLBACK (move_clicked_cb));
      connect_action (self, down, kind, row_id, 1, G_CALLBACK (move_clicked_cb));
      connect_action (self, remove, kind, row_id, 0, G_CALLBACK (remove_clicked_cb));
      gtk_box_append (GTK_BOX (header), up);
      gtk_box_append (GTK_BOX (header), down);
      gtk_box_append (GTK_BOX (header), remove);
    }

  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");

  gtk_box_append (GTK_BOX (card), header);
  gtk_box_append (GTK_BOX (card), *list);
  return card;
}

static gboolean
add_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  GtkWidget *button = user_data;

  if (!gtk_widget_is_sensitive (button))
    return FALSE;

  g_signal_emit_by_name (button, "clicked");
  return TRUE;
}

GtkWidget *
_passend_opp_add_button_new (PassendOppEditor *self,
                             GtkWidget        *scope,
                             const char       *name,
                             const char       *label,
                             GCallback         callback,
                             gpointer          user_data)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkEventController *shortcuts;

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, _("Add a row (Ctrl+Return)"));
  gtk_widget_set_visible (button, _passend_opp_editor_is_editable (self));
  g_signal_connect_swapped (button, "clicked", callback, user_data);

  /* Ctrl+Return anywhere in this list adds to it, before a text area
   * takes it as a new line. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (add_shortcut_cb, button, NULL)));
  gtk_widget_add_controller (scope, shortcuts);
  return button;
}

GtkWidget *
_passend_opp_row_text_area (PassendOppEditor *self,
                            gint64            row_id,
                            PassendOppField   field,
                            const char       *label,
                            const char       *text)
{
  g_autofree char *name = _passend_opp_row_field_name (row_id, field);
  GtkWidget *area;

  area = _passend_opp_text_area_new (self, text, save_row_text, row_binding_new (self, row_id, field), g_free);
  gtk_widget_set_name (gtk_frame_get_child (GTK_FRAME (area)), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_frame_get_child (GTK_FRAME (area))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return area;
}
