/* passend-opp-saver.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-opp-saver.h"

#define FIELD_KEY "passend-opp-saver-field"

typedef struct
{
  PassendOppSaver    *saver;    /* weak */
  GtkWidget          *widget;   /* the field owns this struct */
  PassendOppSaveFunc  func;
  gpointer            user_data;
  GDestroyNotify      destroy;
  guint               source;
  gboolean            filling;
  gboolean            pending;
} Field;

struct _PassendOppSaver
{
  GObject    parent_instance;

  GPtrArray *pending;   /* Field, borrowed: removed when their widget goes */
  guint      delay_ms;
};

G_DEFINE_FINAL_TYPE (PassendOppSaver, passend_opp_saver, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  SIGNAL_SAVED,
  SIGNAL_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_handle_id (&field->source, g_source_remove);
  if (field->saver != NULL)
    g_ptr_array_remove (field->saver->pending, field);
  g_clear_weak_pointer (&field->saver);
  if (field->destroy != NULL)
    field->destroy (field->user_data);
  g_free (field);
}

char *
passend_opp_saver_dup_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static gboolean
field_save (Field *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PassendOppSaver *saver = field->saver;

  g_clear_handle_id (&field->source, g_source_remove);
  if (!field->pending)
    return TRUE;

  text = passend_opp_saver_dup_text (field->widget);
  if (!field->func (text, field->user_data, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
        {
          /* The text is wrong, not the store: nothing to retry until it
           * changes. */
          gtk_widget_add_css_class (field->widget, "error");
          gtk_widget_set_tooltip_text (field->widget, error->message);
          field->pending = FALSE;
          if (saver != NULL)
            g_ptr_array_remove (saver->pending, field);
          return TRUE;
        }

      if (saver != NULL)
        g_signal_emit (saver, signals[SIGNAL_FAILED], 0, error);
      return FALSE;
    }

  gtk_widget_remove_css_class (field->widget, "error");
  gtk_widget_set_tooltip_text (field->widget, NULL);
  field->pending = FALSE;
  if (saver != NULL)
    {
      g_ptr_array_remove (saver->pending, field);
      g_signal_emit (saver, signals[SIGNAL_SAVED], 0);
    }
  return TRUE;
}

static void
field_timeout_cb (gpointer data)
{
  Field *field = data;

  field->source = 0;
  field_save (field);
}

static void
field_changed_cb (Field *field)
{
  if (field->filling || field->saver == NULL)
    return;

  if (!field->pending)
    {
      field->pending = TRUE;
      g_ptr_array_add (field->saver->pending, field);
    }

  g_clear_handle_id (&field->source, g_source_remove);
  field->source = g_timeout_add_once (field->saver->delay_ms, field_timeout_cb, field);
  g_signal_emit (field->saver, signals[SIGNAL_CHANGED], 0);
}

static void
field_focus_leave_cb (Field *field)
{
  field_save (field);
}

/* The widget is going (a section rebuilt, the window closed): what was
 * typed last is stored before its text is gone. */
static void
field_destroy_cb (Field *field)
{
  field_save (field);
  field->pending = FALSE;
  if (field->saver != NULL)
    g_ptr_array_remove (field->saver->pending, field);
}

void
passend_opp_saver_watch (PassendOppSaver    *self,
                         GtkWidget          *widget,
                         PassendOppSaveFunc  func,
                         gpointer            user_data,
                         GDestroyNotify      destroy)
{
  GtkEventController *focus;
  Field *field;

  g_return_if_fail (PASSEND_IS_OPP_SAVER (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));
  g_return_if_fail (func != NULL);

  field = g_new0 (Field, 1);
  field->widget = widget;
  field->func = func;
  field->user_data = user_data;
  field->destroy = destroy;
  g_set_weak_pointer (&field->saver, self);
  g_object_set_data_full (G_OBJECT (widget), FIELD_KEY, field, field_free);

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                              G_CALLBACK (field_changed_cb), field);
  else
    g_signal_connect_swapped (widget, "changed", G_CALLBACK (field_changed_cb), field);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (field_focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);
  g_signal_connect_swapped (widget, "destroy", G_CALLBACK (field_destroy_cb), field);
}

void
passend_opp_saver_set_text (GtkWidget  *widget,
                            const char *text)
{
  Field *field;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  field = g_object_get_data (G_OBJECT (widget), FIELD_KEY);
  if (field != NULL)
    field->filling = TRUE;

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");

  if (field != NULL)
    field->filling = FALSE;
}

gboolean
passend_opp_saver_flush (PassendOppSaver *self)
{
  g_autoptr(GPtrArray) pending = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (PASSEND_IS_OPP_SAVER (self), FALSE);

  /* Saving removes fields from the list: walk a copy. */
  pending = g_ptr_array_copy (self->pending, NULL, NULL);
  for (guint i = 0; i < pending->len; i++)
    ok &= field_save (g_ptr_array_index (pending, i));

  return ok;
}

void
passend_opp_saver_apply_pending (PassendOppSaver *self)
{
  g_return_if_fail (PASSEND_IS_OPP_SAVER (self));

  for (guint i = 0; i < self->pending->len; i++)
    {
      Field *field = g_ptr_array_index (self->pending, i);
      g_autofree char *text = passend_opp_saver_dup_text (field->widget);

      /* A text that is not valid yet (half a date) is simply not shown. */
      field->func (text, field->user_data, NULL);
    }
}

gboolean
passend_opp_saver_has_pending (PassendOppSaver *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_SAVER (self), FALSE);

  return self->pending->len > 0;
}

static void
passend_opp_saver_finalize (GObject *object)
{
  PassendOppSaver *self = PASSEND_OPP_SAVER (object);

  g_ptr_array_unref (self->pending);

  G_OBJECT_CLASS (passend_opp_saver_parent_class)->finalize (object);
}

static void
passend_opp_saver_class_init (PassendOppSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_opp_saver_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[SIGNAL_FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
passend_opp_saver_init (PassendOppSaver *self)
{
  self->pending = g_ptr_array_new ();
}

PassendOppSaver *
passend_opp_saver_new (guint delay_ms)
{
  PassendOppSaver *self = g_object_new (PASSEND_TYPE_OPP_SAVER, NULL);

  self->delay_ms = delay_ms;
  return self;
}
