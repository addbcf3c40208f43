/* passend-timeline-row.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-attachment-list.h"
#include "passend-date.h"
#include "passend-timeline-row.h"
#include "passend-ui-util.h"

/* Enough for three lines at the widest the clamp allows. */
#define PREVIEW_CHARS 400

struct _PassendTimelineRow
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkImage             *kind_icon;
  GtkLabel             *title_label;
  GtkLabel             *confidentiality_label;
  GtkLabel             *opinion_label;
  GtkLabel             *date_label;
  GtkLabel             *meta_label;
  GtkLabel             *body_label;
  GtkWidget            *intervention_box;
  GtkLabel             *intervention_label;
  GtkLabel             *year_label;
  GtkLabel             *month_label;
  GtkButton            *edited_button;
  GtkMenuButton        *menu_button;
  PassendAttachmentList *attachment_list;

  /* Owned references */
  PassendTimelineEntry *entry;
  char                 *kind_class;
};

G_DEFINE_FINAL_TYPE (PassendTimelineRow, passend_timeline_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pango limits lines per paragraph, so the preview is one paragraph; and
 * a long report is cut before layout rather than after. */
static char *
dup_preview (const char *body)
{
  GString *preview;
  const char *p;
  guint n_chars = 0;

  if (body == NULL)
    return NULL;

  preview = g_string_new (NULL);
  for (p = body; *p != '\0' && n_chars < PREVIEW_CHARS; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        {
          if (preview->len > 0 && preview->str[preview->len - 1] != ' ')
            g_string_append_c (preview, ' ');
        }
      else
        {
          g_string_append_unichar (preview, c);
        }
    }

  if (*p != '\0')
    g_string_append (preview, "…");

  return g_string_free (preview, FALSE);
}

static void
update_confidentiality (PassendTimelineRow     *self,
                        PassendConfidentiality  level)
{
  const char *classes[] = { "confidentiality-badge", passend_confidentiality_to_code (level), NULL };

  gtk_widget_set_visible (GTK_WIDGET (self->confidentiality_label),
                          level != PASSEND_CONFIDENTIALITY_NORMAL);
  if (level == PASSEND_CONFIDENTIALITY_NORMAL)
    return;

  gtk_label_set_text (self->confidentiality_label, passend_confidentiality_get_label (level));
  gtk_widget_set_css_classes (GTK_WIDGET (self->confidentiality_label), classes);
}

/* The menu names its entry by id, so a recycled row can never act on
 * the entry it showed before. */
static void
update_menu (PassendTimelineRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  gint64 id = passend_timeline_entry_get_id (self->entry);
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit"), NULL);
  g_autoptr(GMenuItem) versions = g_menu_item_new (_("Earlier _Versions"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  g_autoptr(GMenuItem) attach = g_menu_item_new (_("Add _Attachment…"), "row.add-attachment");

  g_menu_item_set_action_and_target_value (edit, "timeline.edit-entry", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (versions, "timeline.show-versions", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (delete, "timeline.delete-entry", g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, versions);
  g_menu_append_item (menu, attach);
  g_menu_append_item (menu, delete);
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

/* The attachment list is a sibling of the menu button, so the menu cannot
 * reach its action directly; the row passes it on. */
static void
add_attachment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PassendTimelineRow *self = PASSEND_TIMELINE_ROW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->attachment_list), "attachments.add", NULL);
}

static void
edited_clicked_cb (PassendTimelineRow *self)
{
  if (self->entry == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.show-versions", "x",
                              passend_timeline_entry_get_id (self->entry));
}

/* Rows are recycled across kinds, so the previous colour goes first. */
static void
update_kind_class (PassendTimelineRow *self,
                   const char         *code)
{
  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);
  g_clear_pointer (&self->kind_class, g_free);

  if (code == NULL)
    return;

  self->kind_class = g_strconcat ("kind-", code, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);
}

static void
update_intervention (PassendTimelineRow *self,
                     const char         *name)
{
  gboolean shown = name != NULL && name[0] != '\0';

  gtk_label_set_text (self->intervention_label, shown ? name : NULL);
  gtk_widget_set_visible (self->intervention_box, shown);
}

static void
clear_row (PassendTimelineRow *self)
{
  gtk_image_clear (self->kind_icon);
  update_kind_class (self, NULL);
  update_intervention (self, NULL);
  gtk_label_set_text (self->title_label, NULL);
  gtk_label_set_text (self->date_label, NULL);
  gtk_label_set_text (self->meta_label, NULL);
  gtk_label_set_text (self->body_label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->confidentiality_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->opinion_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->edited_button), FALSE);
  gtk_menu_button_set_menu_model (self->menu_button, NULL);
  passend_attachment_list_set_entry_id (self->attachment_list, 0);
  passend_timeline_row_set_headers (self, NULL, NULL);
}

static void
update_row (PassendTimelineRow *self)
{
  PassendTimelineEntry *entry = self->entry;
  PassendEntryKind kind = passend_timeline_entry_get_kind (entry);
  const char *kind_label = passend_entry_kind_get_label (kind);
  const char *title = passend_timeline_entry_get_title (entry);
  const char *author = passend_timeline_entry_get_author (entry);
  g_autofree char *date = passend_unix_format (passend_timeline_entry_get_occurred_at (entry));
  g_autofree char *meta = NULL;
  g_autofree char *preview = dup_preview (passend_timeline_entry_get_body (entry));

  gtk_image_set_from_icon_name (self->kind_icon, passend_entry_kind_get_icon_name (kind));
  update_kind_class (self, passend_entry_kind_to_code (kind));
  passend_ui_set_cell_tooltip (GTK_WIDGET (self->kind_icon), kind_label);
  gtk_label_set_text (self->title_label, title && title[0] ? title : kind_label);
  gtk_label_set_text (self->date_label, date);

  if (author != NULL && author[0] != '\0')
    /* TRANSLATORS: the kind of a timeline entry and who wrote it,
     * "Conversation with parents · Jan de Vries". */
    meta = g_strdup_printf (C_("timeline", "%s · %s"), kind_label, author);
  else
    meta = g_strdup (kind_label);
  gtk_label_set_text (self->meta_label, meta);

  gtk_label_set_text (self->body_label, preview);
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), preview != NULL && preview[0] != '\0');

  update_intervention (self, passend_timeline_entry_get_intervention_name (entry));
  update_confidentiality (self, passend_timeline_entry_get_confidentiality (entry));
  gtk_widget_set_visible (GTK_WIDGET (self->opinion_label),
                          !passend_timeline_entry_get_is_fact (entry));
  update_menu (self);
  passend_attachment_list_set_entry_id (self->attachment_list, passend_timeline_entry_get_id (entry));
}

static void
passend_timeline_row_dispose (GObject *object)
{
  PassendTimelineRow *self = PASSEND_TIMELINE_ROW (object);

  g_clear_object (&self->entry);
  g_clear_pointer (&self->kind_class, g_free);

  G_OBJECT_CLASS (passend_timeline_row_parent_class)->dispose (object);
}

static void
passend_timeline_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendTimelineRow *self = PASSEND_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_timeline_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendTimelineRow *self = PASSEND_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      passend_timeline_row_set_entry (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_timeline_row_class_init (PassendTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_timeline_row_dispose;
  object_class->get_property = passend_timeline_row_get_property;
  object_class->set_property = passend_timeline_row_set_property;

  gtk_widget_class_install_action (widget_class, "row.add-attachment", NULL, add_attachment_action);

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         PASSEND_TYPE_TIMELINE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_ATTACHMENT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, confidentiality_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, opinion_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, body_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, intervention_box);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, intervention_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, year_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, month_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, edited_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, attachment_list);
  gtk_widget_class_bind_template_callback (widget_class, edited_clicked_cb);
}

static void
passend_timeline_row_init (PassendTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  passend_attachment_list_add_drop_target (self->attachment_list, GTK_WIDGET (self));
}

GtkWidget *
passend_timeline_row_new (void)
{
  return g_object_new (PASSEND_TYPE_TIMELINE_ROW, NULL);
}

PassendTimelineEntry *
passend_timeline_row_get_entry (PassendTimelineRow *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ROW (self), NULL);

  return self->entry;
}

void
passend_timeline_row_set_entry (PassendTimelineRow   *self,
                                PassendTimelineEntry *entry)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ROW (self));
  g_return_if_fail (!entry || PASSEND_IS_TIMELINE_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  if (entry != NULL)
    update_row (self);
  else
    clear_row (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

/* Section headers live in the first row of each section: GtkListView
 * has no sections in GTK 4.8. NULL hides a header. */
void
passend_timeline_row_set_headers (PassendTimelineRow *self,
                                  const char         *school_year,
                                  const char         *month)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ROW (self));

  gtk_label_set_text (self->year_label, school_year);
  gtk_widget_set_visible (GTK_WIDGET (self->year_label), school_year != NULL);
  gtk_label_set_text (self->month_label, month);
  gtk_widget_set_visible (GTK_WIDGET (self->month_label), month != NULL);
}

void
passend_timeline_row_set_edited (PassendTimelineRow *self,
                                 gboolean            edited)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->edited_button), edited);
}

/* Rows that are not part of an editable timeline (search results, other
 * lists) show no menu. */
void
passend_timeline_row_set_show_menu (PassendTimelineRow *self,
                                    gboolean            show_menu)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), show_menu);
}
