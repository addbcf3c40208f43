/* passend-timeline-row.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-timeline-row.h"

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

  /* Owned references */
  PassendTimelineEntry *entry;
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

static void
clear_row (PassendTimelineRow *self)
{
  gtk_image_clear (self->kind_icon);
  gtk_label_set_text (self->title_label, NULL);
  gtk_label_set_text (self->date_label, NULL);
  gtk_label_set_text (self->meta_label, NULL);
  gtk_label_set_text (self->body_label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->confidentiality_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->opinion_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), FALSE);
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
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), kind_label);
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

  update_confidentiality (self, passend_timeline_entry_get_confidentiality (entry));
  gtk_widget_set_visible (GTK_WIDGET (self->opinion_label),
                          !passend_timeline_entry_get_is_fact (entry));
}

static void
passend_timeline_row_dispose (GObject *object)
{
  PassendTimelineRow *self = PASSEND_TIMELINE_ROW (object);

  g_clear_object (&self->entry);

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

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         PASSEND_TYPE_TIMELINE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, confidentiality_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, opinion_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineRow, body_label);
}

static void
passend_timeline_row_init (PassendTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
